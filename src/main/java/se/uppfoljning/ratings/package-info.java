/**
 * Staff rating forms (skattningsformulär): for a case, a facilitator or coordinator fills the rating-form
 * template at time points (START, every few months, END); the case's history shows the scores over time.
 * Entry point: {@link se.uppfoljning.ratings.RatingService}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Ratings")
package se.uppfoljning.ratings;
