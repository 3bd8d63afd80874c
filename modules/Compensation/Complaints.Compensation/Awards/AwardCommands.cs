using Complaints.Compensation.Calculation;
using Complaints.Compensation.Domain;
using Complaints.Kernel.Pipeline;

namespace Complaints.Compensation.Awards;

/// <summary>Propose an award (message <c>ProposeAward</c>); returns its id.</summary>
internal sealed record ProposeAwardCommand(
    Guid? ComplaintId,
    string? OmbudsmanCaseReference,
    IReadOnlyList<LineInput> Lines,
    DateOnly? AwardedOn,
    string Rationale,
    string? IdempotencyKey,
    DateTimeOffset? OccurredAt) : ICommand<long>, IIdempotentCommand;

/// <summary>Approve or reject a proposed award (messages <c>ApproveAward</c>, <c>RejectAward</c>).</summary>
internal sealed record DecideAwardCommand(long AwardId, bool Approve, string Reason, int? ExpectedVersion, DateTimeOffset? OccurredAt) : ICommand<long>;

/// <summary>The resident's answer to the offer (message <c>RecordOfferResponse</c>).</summary>
internal sealed record RecordOfferResponseCommand(long AwardId, AwardTrigger? Response, string Note, int? ExpectedVersion, DateTimeOffset? OccurredAt)
    : ICommand<long>;

/// <summary>Cancel an award not yet paid (message <c>CancelAward</c>).</summary>
internal sealed record CancelAwardCommand(long AwardId, string Reason, int? ExpectedVersion, DateTimeOffset? OccurredAt) : ICommand<long>;

/// <summary>Record money paid against an award (message <c>RecordPayment</c>).</summary>
internal sealed record RecordPaymentCommand(
    long AwardId,
    PaymentMethod? Method,
    string PaymentReference,
    long AmountPence,
    DateOnly? PaidOn,
    bool ResidentAgreedOffset,
    DateTimeOffset? OccurredAt) : ICommand<long>;
