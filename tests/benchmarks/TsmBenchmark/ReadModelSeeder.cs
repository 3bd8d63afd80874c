using ListBenchmark;
using Npgsql;

namespace TsmBenchmark;

/// <summary>
/// Fills <c>reporting_complaints</c> with N complaints in one INSERT … SELECT over generate_series, received evenly over
/// reporting year 2025 (a year of a large landlord): one in ten declined, one in 25 withdrawn in stage 1, the rest
/// answered (one in seven late, one in eleven in time only by an extension), one in ten escalated (a third of those
/// refused); stock types 75% low-cost rental, 20% low-cost home ownership, 5% other, 5% unknown; six channels and nine
/// categories; then what the annual report reads beside them: a theme and a root cause on every answer, a service
/// improvement on one in a hundred, and a paid award (two categories) on one in twenty.
/// </summary>
internal static class ReadModelSeeder
{
    public static void Fill(Database database, int count)
    {
        using var connection = (NpgsqlConnection)database.Open();
        using var fill = new NpgsqlCommand($$"""
            DELETE FROM reporting_complaint_learning; DELETE FROM reporting_service_improvements; DELETE FROM reporting_complaints;
            DELETE FROM reporting_award_payments; DELETE FROM reporting_award_categories; DELETE FROM reporting_awards;
            INSERT INTO reporting_complaints ("ComplaintId", "Reference", "ReceivedAt", "Channel", "Category", "StockType", "DeclinedAt", "ExclusionReason",
                "ServiceRequest", "Stage1EnteredAt", "WithdrawnAt", "WithdrawnAtStage", "Stage1RespondedAt", "Stage1Outcome", "Stage1Handler",
                "Stage1Respond_DueBy", "Stage1Respond_MetAt", "Stage1Respond_MetOnTime", "Stage1Respond_ExtendedByWorkingDays", "Stage1Respond_OnTimeOnlyByExtension",
                "Stage2EnteredAt", "EscalationRefusedAt", "Stage2RespondedAt", "Stage2Respond_MetAt", "Stage2Respond_MetOnTime", "Stage2Respond_OnTimeOnlyByExtension")
            SELECT md5(g::text)::uuid, 'CMP-S-' || lpad(g::text, 8, '0'), received,
                (ARRAY['Phone','Email','Web','Letter','InPerson','App'])[g % 6 + 1],
                (ARRAY['Repairs','DampAndMould','AntiSocialBehaviour','StaffConduct','Communication','RentAndServiceCharges','EstateAndNeighbourhood','AllocationsAndLettings','Other'])[g % 9 + 1],
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
                LATERAL (SELECT timestamptz '2025-04-01 00:00+00' + (g * (interval '364 days' / {{count}})) AS received,
                    g % 10 = 0 AS declined, g % 10 <> 0 AND g % 25 = 1 AS withdrawn) f,
                LATERAL (SELECT NOT declined AND NOT withdrawn AS answered, NOT declined AND NOT withdrawn AND g % 10 = 3 AS escalated,
                    received + CASE WHEN g % 7 = 0 THEN interval '25 days' ELSE interval '8 days' END AS responded) a;
            """, connection) { CommandTimeout = 3600 };
        fill.ExecuteNonQuery();
        using var alongside = new NpgsqlCommand("""
            UPDATE reporting_complaints SET "Stage1Acknowledge_DueBy" = "Stage1EnteredAt" + interval '7 days',
                "Stage1Acknowledge_MetAt" = "Stage1EnteredAt", "Stage1Acknowledge_MetOnTime" = true, "Stage1Acknowledge_ExtendedByWorkingDays" = 0,
                "Stage1Acknowledge_OnTimeOnlyByExtension" = false
            WHERE "Stage1EnteredAt" IS NOT NULL;
            INSERT INTO reporting_complaint_learning ("ComplaintId", "Stage", "Kind", "Code")
            SELECT "ComplaintId", 1, 'Theme', (ARRAY['RepairsDelays','PoorCommunication','StaffAttitude','DampAndMould','RecordKeeping','PolicyOrProcess','ComplaintHandling'])[abs(hashtext("Reference")) % 7 + 1]
            FROM reporting_complaints WHERE "Stage1RespondedAt" IS NOT NULL
            UNION ALL
            SELECT "ComplaintId", 1, 'RootCause', (ARRAY['ProcessNotFollowed','PolicyGap','TrainingNeed','ContractorPerformance','SystemFailure','Capacity','Other'])[abs(hashtext("Reference" || 'r')) % 7 + 1]
            FROM reporting_complaints WHERE "Stage1RespondedAt" IS NOT NULL;
            INSERT INTO reporting_service_improvements ("ComplaintId", "Stage", "Number", "Description", "MadeAt")
            SELECT "ComplaintId", 1, 1, 'Change of process after ' || "Reference", "Stage1RespondedAt"
            FROM reporting_complaints WHERE "Stage1RespondedAt" IS NOT NULL AND abs(hashtext("Reference")) % 100 = 0;
            CREATE TEMP TABLE paid AS
            SELECT row_number() OVER (ORDER BY "Reference") AS award, "ComplaintId", "Reference", "Stage1RespondedAt" AS answered,
                (ARRAY[5000, 25000, 75000, 150000])[abs(hashtext("Reference")) % 4 + 1]::bigint AS pence
            FROM reporting_complaints WHERE "Stage1RespondedAt" IS NOT NULL AND abs(hashtext("Reference" || 'a')) % 20 = 0;
            INSERT INTO reporting_awards ("AwardId", "Reference", "ComplaintId", "Band", "TotalPence", "ProposedAt", "ApprovedPence", "ApprovedAt",
                "PaidPence", "PaidInFullOn", "LastPaidAt")
            SELECT award, 'AWD-' || award, "ComplaintId",
                CASE WHEN pence <= 10000 THEN 'Up to £100' WHEN pence <= 60000 THEN '£100 to £600' WHEN pence <= 100000 THEN '£600 to £1,000' ELSE '£1,000 or more' END,
                pence, answered, pence, answered, pence, (answered + interval '10 days')::date, answered + interval '10 days'
            FROM paid;
            INSERT INTO reporting_award_categories ("AwardId", "Category", "AmountPence")
            SELECT award, 'TimeAndTrouble', pence / 2 FROM paid UNION ALL SELECT award, 'DistressAndInconvenience', pence - pence / 2 FROM paid;
            INSERT INTO reporting_award_payments ("PaymentId", "AwardId", "AmountPence", "PaidOn", "OccurredAt")
            SELECT award, award, pence, (answered + interval '10 days')::date, answered + interval '10 days' FROM paid;
            """, connection) { CommandTimeout = 3600 };
        alongside.ExecuteNonQuery();
        // Settled, as autovacuum would leave it (VACUUM runs outside any transaction, so on its own).
        using var analyse = new NpgsqlCommand(
            "VACUUM ANALYZE reporting_complaints, reporting_complaint_learning, reporting_service_improvements, reporting_awards, reporting_award_categories, reporting_award_payments",
            connection) { CommandTimeout = 3600 };
        analyse.ExecuteNonQuery();
    }
}
