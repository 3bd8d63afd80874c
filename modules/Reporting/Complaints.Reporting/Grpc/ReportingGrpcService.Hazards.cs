using System.Globalization;
using Complaints.Reporting.Api.V1;
using Grpc.Core;

namespace Complaints.Reporting.Grpc;

/// <summary>Awaab's Law figures for the Board.</summary>
internal sealed partial class ReportingGrpcService
{
    public override async Task<GetHazardFiguresResponse> GetHazardFigures(GetHazardFiguresRequest request, ServerCallContext context)
    {
        var figures = await hazards.ReadAsync(new Contracts.ReportingYear(request.ReportingYear), context.CancellationToken);
        return new GetHazardFiguresResponse
        {
            ReportingYear = request.ReportingYear,
            Months =
            {
                figures.Months.Select(m => new Api.V1.HazardMonth
                {
                    Month = m.Month.ToString("yyyy-MM", CultureInfo.InvariantCulture), ByKind = { m.ByKind.Select(ToMessage) }, Total = ToMessage(m.Total),
                }),
            },
            YearByKind = { figures.YearByKind.Select(ToMessage) },
            YearTotal = ToMessage(figures.YearTotal),
        };
    }

    private static Api.V1.HazardKindFigures ToMessage(Reporting.Hazards.HazardKindFigures figures) =>
        new() { Kind = figures.Kind, KindName = figures.KindName, Counts = ToMessage(figures.Counts) };

    private static Api.V1.HazardCounts ToMessage(Reporting.Hazards.HazardCounts counts) => new()
    {
        ReportedEmergency = counts.ReportedEmergency, ReportedSignificant = counts.ReportedSignificant, ClocksMissed = counts.ClocksMissed,
        OverdueAtEnd = counts.OverdueAtEnd, AccommodationOffers = counts.AccommodationOffers, HouseholdsOffered = counts.HouseholdsOffered,
    };
}
