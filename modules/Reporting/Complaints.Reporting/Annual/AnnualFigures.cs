using Complaints.Compensation.Contracts;
using Complaints.OmbudsmanLiaison.Contracts;
using Complaints.VexatiousBehaviour.Contracts;

namespace Complaints.Reporting.Annual;

/// <summary>Compensation paid in a period: the total, split by remedy band and by award category, and every award paid on.</summary>
internal sealed record CompensationPaid(
    long TotalPence, int Payments, int Awards, IReadOnlyList<BandPaid> ByBand, IReadOnlyList<CategoryPaid> ByCategory, IReadOnlyList<PaidAward> PaidAwards);

/// <summary>What was paid in a period on awards of one band (bands in ascending order of award).</summary>
internal sealed record BandPaid(string Band, int Awards, long Pence);

/// <summary>What was paid in a period for one award category (each payment split across its award's categories).</summary>
internal sealed record CategoryPaid(CompensationCategory Category, long Pence);

/// <summary>An award paid on in the period, and how much of it was paid in the period.</summary>
internal sealed record PaidAward(long AwardId, string Reference, Guid? ComplaintId, string Band, long PaidPence);

/// <summary>The Ombudsman's determinations in a period: the elements by finding, and every case determined.</summary>
internal sealed record OmbudsmanDeterminations(int Determinations, int Elements, IReadOnlyList<FindingCount> ByFinding, IReadOnlyList<DeterminedCase> Cases);

/// <summary>How many elements had this finding, and in how many determinations.</summary>
internal sealed record FindingCount(OmbudsmanFinding Finding, int Elements, int Determinations);

internal sealed record DeterminedCase(string OmbudsmanCaseReference, DateOnly DeterminedOn, IReadOnlyList<Guid> ComplaintIds, IReadOnlyList<OmbudsmanFinding> Findings);

/// <summary>The Ombudsman's orders due in a period: complied with on time, late, or not yet; by type; and every order.</summary>
internal sealed record OmbudsmanOrdersDue(int Due, int CompliedOnTime, int CompliedLate, int Outstanding, IReadOnlyList<OrderTypeCount> ByType, IReadOnlyList<DueOrder> Orders);

internal sealed record OrderTypeCount(OmbudsmanOrderType Type, int Due, int CompliedOnTime, int CompliedLate, int Outstanding);

internal sealed record DueOrder(long OrderId, string OmbudsmanCaseReference, Guid? ComplaintId, OmbudsmanOrderType Type, DateOnly DueOn, DateOnly? CompliedOn, bool? OnTime);

/// <summary>Contact restrictions decided in a period, by kind, with their appeals, and every restriction.</summary>
internal sealed record RestrictionsDecided(int Decided, IReadOnlyList<KindCount> ByKind, int Appealed, int AppealsUpheld, IReadOnlyList<DecidedRestriction> Restrictions);

internal sealed record KindCount(RestrictionKind Kind, int Decided);

internal sealed record DecidedRestriction(
    string Reference, RestrictionKind Kind, DateTimeOffset DecidedAt, DateOnly ReviewDueOn, int Reviews, DateTimeOffset? LiftedAt, bool? AppealUpheld);
