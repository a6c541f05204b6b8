package se.uppfoljning.cases;

/** Attainment of the knowledge goals at case end. */
public enum KnowledgeGoals {
    ALL_MET, MOST_MET, FEW_MET, NOT_ASSESSED
}
