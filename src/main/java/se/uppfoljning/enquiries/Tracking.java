package se.uppfoljning.enquiries;

import java.util.List;
import java.util.Map;

/** Invitation counts per wave and status, and the case-by-case list, for one project (and school). */
public record Tracking(Map<Wave, Map<InvitationStatus, Integer>> counts, List<TrackingRow> rows) {

    public int count(Wave wave, InvitationStatus status) {
        return counts.getOrDefault(wave, Map.of()).getOrDefault(status, 0);
    }
}
