using Complaints.Kernel.Pipeline;
using Complaints.OmbudsmanLiaison.Domain;

namespace Complaints.OmbudsmanLiaison.Referrals;

/// <summary>Record a referral to the Ombudsman (message <c>RecordReferral</c>); returns its id.</summary>
internal sealed record RecordReferralCommand(string OmbudsmanCaseReference, DateOnly? ReferredOn, IReadOnlyList<Guid> ComplaintIds, string Summary, DateTimeOffset? OccurredAt)
    : ICommand<long>;

/// <summary>Record an evidence request (message <c>RecordEvidenceRequest</c>); returns its id.</summary>
internal sealed record RecordEvidenceRequestCommand(long ReferralId, string What, DateOnly? ReceivedOn, DateOnly? DueOn) : ICommand<long>;

/// <summary>Record the evidence sent (message <c>SubmitEvidence</c>); returns the referral id.</summary>
internal sealed record SubmitEvidenceCommand(long EvidenceRequestId, string WhatWasSent, string DelayExplanation, DateTimeOffset? OccurredAt) : ICommand<long>;

/// <summary>Record the determination (message <c>RecordDetermination</c>); returns the referral id.</summary>
internal sealed record RecordDeterminationCommand(
    long ReferralId, DateOnly? DeterminedOn, IReadOnlyList<ElementFinding> Findings, IReadOnlyList<OrderInput> Orders, IReadOnlyList<string> Recommendations,
    DateTimeOffset? OccurredAt) : ICommand<long>;

internal sealed record OrderInput(OrderType? Type, string Description, long? AmountPence, DateOnly? DueOn, string Owner, Guid? ComplaintId);

/// <summary>Record compliance with an order (message <c>RecordOrderCompliance</c>); returns the referral id.</summary>
internal sealed record RecordOrderComplianceCommand(long OrderId, string Evidence, DateOnly? CompliedOn, DateTimeOffset? OccurredAt = null) : ICommand<long>;

/// <summary>Answer a recommendation (message <c>RecordRecommendationResponse</c>); returns the referral id.</summary>
internal sealed record RecordRecommendationResponseCommand(long RecommendationId, bool Accepted, string Reason) : ICommand<long>;
