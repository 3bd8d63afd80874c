using System.Globalization;
using Complaints.Compensation.Api.V1;
using Complaints.Compensation.Calculation;
using Complaints.Compensation.Read;
using Google.Protobuf.WellKnownTypes;

namespace Complaints.Compensation.Grpc;

/// <summary>Messages to the module's types and back. The proto enums' numbers match the module's by design.</summary>
internal sealed partial class CompensationGrpcService
{
    private static LineInput ToInput(AwardLineInput line) => new(
        line.Category == Api.V1.AwardCategory.Unspecified || !System.Enum.IsDefined((Domain.AwardCategory)(int)line.Category)
            ? null : (Domain.AwardCategory)(int)line.Category,
        line.Description,
        line.BasisCase == AwardLineInput.BasisOneofCase.AmountPence ? line.AmountPence : null,
        line.TableRate is { } table ? new TableRateInput(table.RateCode, table.Quantity) : null,
        line.CustomRate is { } custom ? new CustomRateInput(custom.RatePence, custom.Quantity, custom.Unit) : null,
        line.Evidence);

    private static Api.V1.AwardLine ToMessage(Domain.AwardLine line) => new()
    {
        Number = line.Number,
        Category = (Api.V1.AwardCategory)(int)line.Category,
        Description = line.Description,
        RateCode = line.RateCode ?? "",
        RatePence = line.RatePence ?? 0,
        Quantity = line.Quantity ?? 0,
        Unit = line.Unit ?? "",
        AmountPence = line.AmountPence,
        Evidence = line.Evidence ?? "",
    };

    private static Band ToMessage(RemedyBand band, long fromPence) => new()
    {
        Name = band.Name, FromPence = fromPence, UpToPence = band.UpToPence ?? 0, Guidance = band.Guidance,
    };

    private Band ToMessage(RemedyBand band) => ToMessage(band, FromPence(rates.Value, band));

    /// <summary>A band starts a penny above the one below it.</summary>
    private static long FromPence(RatesOptions options, RemedyBand band)
    {
        var index = options.Bands.IndexOf(band);
        return index <= 0 ? 0 : options.Bands[index - 1].UpToPence!.Value + 1;
    }

    private static Api.V1.Award ToMessage(AwardView view, RatesOptions options)
    {
        var award = view.Award;
        var band = options.Bands.FirstOrDefault(b => b.Name == award.Band);
        var message = new Api.V1.Award
        {
            Id = award.Id,
            Reference = award.Reference,
            ComplaintId = award.ComplaintId?.ToString() ?? "",
            OmbudsmanCaseReference = award.OmbudsmanCaseReference ?? "",
            Status = (AwardStatus)(int)award.Status,
            TotalPence = award.TotalPence,
            // A band renamed in configuration since is still shown by the name it was proposed under.
            Band = band is null ? new Band { Name = award.Band } : ToMessage(band, FromPence(options, band)),
            AwardedOn = award.AwardedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            RatesEffectiveFrom = award.RatesEffectiveFrom ?? "",
            Rationale = award.Rationale,
            ProposedBy = award.ProposedBy,
            ProposedAt = Timestamp.FromDateTimeOffset(award.ProposedAt),
            ApprovedPence = award.ApprovedPence ?? 0,
            PaidPence = award.PaidPence,
            Version = award.Version,
        };
        message.Lines.AddRange(award.Lines.Select(ToMessage));
        message.Decisions.AddRange(award.Decisions.Select(d =>
        {
            var decision = new AwardDecision { Kind = d.Kind, Actor = d.Actor, Reason = d.Reason, At = Timestamp.FromDateTimeOffset(d.At) };
            decision.ActorRoles.AddRange(d.ActorRoles);
            return decision;
        }));
        message.Payments.AddRange(view.Payments.Select(p => new Api.V1.Payment
        {
            Id = p.Id,
            Method = (Api.V1.PaymentMethod)(int)p.Method,
            Reference = p.Reference,
            AmountPence = p.AmountPence,
            PaidOn = p.PaidOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ResidentAgreedOffset = p.ResidentAgreedOffset,
            RecordedBy = p.RecordedBy,
            RecordedAt = Timestamp.FromDateTimeOffset(p.RecordedAt),
        }));
        return message;
    }
}
