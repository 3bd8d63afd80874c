using System.Globalization;
using Complaints.Reporting.Api.V1;
using Complaints.Reporting.Policy;
using Complaints.Reporting.Tsm;
using Google.Protobuf.WellKnownTypes;
using Domain = Complaints.HousingSystem.Contracts;

namespace Complaints.Reporting.Grpc;

/// <summary>The measures and their lines as messages.</summary>
internal static class TsmMapping
{
    public static GetTenantSatisfactionMeasuresResponse ToMessage(TenantSatisfactionMeasures found)
    {
        var response = new GetTenantSatisfactionMeasuresResponse
        {
            ReportingYear = found.Year.StartYear,
            From = Timestamp.FromDateTimeOffset(found.Year.From),
            Until = Timestamp.FromDateTimeOffset(found.Year.Until),
            LowCostRentalHomes = found.LowCostRentalHomes,
            LowCostHomeOwnershipHomes = found.LowCostHomeOwnershipHomes,
            Ch01Stage1 = ToMessage(found.AllStock.Ch01Stage1),
            Ch01Stage2 = ToMessage(found.AllStock.Ch01Stage2),
            Ch02Stage1 = ToMessage(found.AllStock.Ch02Stage1),
            Ch02Stage2 = ToMessage(found.AllStock.Ch02Stage2),
            CountingRules = new CountingRules
            {
                FromReportingYear = found.Rule.FromReportingYear, CountWithdrawn = found.Rule.CountWithdrawn,
                CountNotAccepted = found.Rule.CountNotAccepted, ExtensionCountsAsInTime = found.Rule.ExtensionCountsAsInTime, Clause = found.Rule.Clause,
            },
        };
        response.StockTypes.AddRange(found.ByStockType.Select(s => new StockTypeMeasures
        {
            StockType = ToMessage(s.StockType), Homes = s.Homes,
            Ch01Stage1 = ToMessage(s.Ch01Stage1), Ch01Stage2 = ToMessage(s.Ch01Stage2), Ch02Stage1 = ToMessage(s.Ch02Stage1), Ch02Stage2 = ToMessage(s.Ch02Stage2),
        }));
        return response;
    }

    public static TsmLine ToMessage(TsmRow row, TsmCountingRule rule)
    {
        var line = new TsmLine
        {
            ComplaintId = row.ComplaintId.ToString(), Reference = row.Reference ?? "", StockType = ToMessage(row.StockType),
            Ch01Stage1 = row.Ch01Stage1, Ch01Stage2 = row.Ch01Stage2,
        };
        if (row.ReceivedAt is { } received)
            line.ReceivedAt = Timestamp.FromDateTimeOffset(received);
        if (row.Ch02Stage1)
            line.Ch02Stage1InTime = row.Ch02Stage1InTime;
        if (row.Ch02Stage2)
            line.Ch02Stage2InTime = row.Ch02Stage2InTime;
        line.Reasons.AddRange(Reasons(row, rule));
        return line;
    }

    private static IEnumerable<string> Reasons(TsmRow row, TsmCountingRule rule)
    {
        if (row.Ch01Stage1)
            yield return $"CH01-1: received {Day(row.ReceivedAt)}" + (row.NotAccepted && rule.CountNotAccepted ? ", not accepted (counted: count_not_accepted)" : "")
                + (row.Withdrawn && rule.CountWithdrawn ? ", withdrawn (counted: count_withdrawn)" : "");
        if (row.Ch01Stage2)
            yield return $"CH01-2: escalated {Day(row.Stage2EnteredAt)}" + (row.NotAccepted && rule.CountNotAccepted ? ", escalation refused (counted: count_not_accepted)" : "")
                + (row.Withdrawn && rule.CountWithdrawn ? ", withdrawn (counted: count_withdrawn)" : "");
        if (row.Ch02Stage1)
            yield return $"CH02-1: responded {Day(row.Stage1RespondedAt)}, " + InTime(row.Ch02Stage1InTime, row.Stage1OnlyByExtension, rule);
        if (row.Ch02Stage2)
            yield return $"CH02-2: responded {Day(row.Stage2RespondedAt)}, " + InTime(row.Ch02Stage2InTime, row.Stage2OnlyByExtension, rule);
    }

    private static string InTime(bool inTime, bool onlyByExtension, TsmCountingRule rule) => (inTime, onlyByExtension) switch
    {
        (true, true) => "in time within an extension (counted in time: extension_counts_as_in_time)",
        (true, false) => "in time",
        (false, true) when !rule.ExtensionCountsAsInTime => "late without its extension (extension_counts_as_in_time is off)",
        _ => "late",
    };

    private static string Day(DateTimeOffset? instant) =>
        instant is { } at ? Kernel.Calendar.LondonTime.Date(at).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "?";

    private static Api.V1.Measure ToMessage(Tsm.Measure measure)
    {
        var message = new Api.V1.Measure { Code = measure.Code, Numerator = measure.Numerator, Denominator = measure.Denominator, Rule = measure.Rule };
        if (measure.Value is { } value)
            message.Value = value;
        return message;
    }

    private static StockType ToMessage(Domain.StockType? stockType) => stockType switch
    {
        Domain.StockType.LowCostRental => StockType.LowCostRental,
        Domain.StockType.LowCostHomeOwnership => StockType.LowCostHomeOwnership,
        Domain.StockType.Other => StockType.Other,
        null => StockType.Unknown,
        _ => throw new ArgumentOutOfRangeException(nameof(stockType), stockType, null),
    };
}
