using ListBenchmark;
using Npgsql;

namespace TsmBenchmark;

/// <summary>
/// Fills <c>reporting_complaints</c> with N complaints in one INSERT … SELECT over generate_series, received evenly over
/// reporting years 2025 and 2026: one in ten declined, one in 25 withdrawn in stage 1, the rest answered (one in seven
/// late, one in eleven in time only by an extension), one in ten escalated (a third of those refused); stock types 75%
/// low-cost rental, 20% low-cost home ownership, 5% other, 5% unknown.
/// </summary>
internal static class ReadModelSeeder
{
    public static void Fill(Database database, int count)
    {
        using var connection = (NpgsqlConnection)database.Open();
        using var fill = new NpgsqlCommand($$"""
            DELETE FROM reporting_complaint_learning; DELETE FROM reporting_complaints;
            INSERT INTO reporting_complaints ("ComplaintId", "Reference", "ReceivedAt", "Channel", "Category", "StockType", "DeclinedAt", "ExclusionReason",
                "ServiceRequest", "Stage1EnteredAt", "WithdrawnAt", "WithdrawnAtStage", "Stage1RespondedAt", "Stage1Outcome", "Stage1Handler",
                "Stage1Respond_DueBy", "Stage1Respond_MetAt", "Stage1Respond_MetOnTime", "Stage1Respond_ExtendedByWorkingDays", "Stage1Respond_OnTimeOnlyByExtension",
                "Stage2EnteredAt", "EscalationRefusedAt", "Stage2RespondedAt", "Stage2Respond_MetAt", "Stage2Respond_MetOnTime", "Stage2Respond_OnTimeOnlyByExtension")
            SELECT md5(g::text)::uuid, 'CMP-S-' || lpad(g::text, 8, '0'), received, 'Phone', 'Repairs',
                CASE WHEN g % 20 = 0 THEN NULL WHEN g % 20 = 1 THEN 'Other' WHEN g % 20 < 6 THEN 'LowCostHomeOwnership' ELSE 'LowCostRental' END,
                CASE WHEN declined THEN received + interval '1 day' END, CASE WHEN declined THEN 'LegalProceedings' END,
                false, CASE WHEN NOT declined THEN received + interval '1 day' END,
                CASE WHEN withdrawn THEN received + interval '3 days' END, CASE WHEN withdrawn THEN 1 END,
                CASE WHEN answered THEN responded END, CASE WHEN answered THEN 'Upheld' END, CASE WHEN answered THEN 'Officer ' || (g % 50) END,
                CASE WHEN answered THEN received + interval '15 days' END, CASE WHEN answered THEN responded END,
                CASE WHEN answered THEN g % 7 <> 0 END, CASE WHEN answered THEN 0 END, CASE WHEN answered THEN g % 11 = 0 END,
                CASE WHEN escalated THEN received + interval '12 days' END, CASE WHEN escalated AND g % 30 = 3 THEN received + interval '13 days' END,
                CASE WHEN escalated AND g % 30 <> 3 THEN received + interval '40 days' END,
                CASE WHEN escalated AND g % 30 <> 3 THEN received + interval '40 days' END,
                CASE WHEN escalated AND g % 30 <> 3 THEN g % 3 <> 0 END, CASE WHEN escalated AND g % 30 <> 3 THEN false END
            FROM generate_series(1, {{count}}) g,
                LATERAL (SELECT timestamptz '2025-04-01 00:00+00' + (g * (interval '730 days' / {{count}})) AS received,
                    g % 10 = 0 AS declined, g % 10 <> 0 AND g % 25 = 1 AS withdrawn) f,
                LATERAL (SELECT NOT declined AND NOT withdrawn AS answered, NOT declined AND NOT withdrawn AND g % 10 = 3 AS escalated,
                    received + CASE WHEN g % 7 = 0 THEN interval '25 days' ELSE interval '8 days' END AS responded) a;
            """, connection) { CommandTimeout = 3600 };
        fill.ExecuteNonQuery();
        // Settled, as autovacuum would leave it (VACUUM runs outside any transaction, so on its own).
        using var analyse = new NpgsqlCommand("VACUUM ANALYZE reporting_complaints", connection) { CommandTimeout = 3600 };
        analyse.ExecuteNonQuery();
    }
}
