using Complaints.Kernel.Pipeline;

namespace Complaints.Investigation.Actions;

/// <summary>Promise an action (message <c>AddAction</c>).</summary>
internal sealed record AddActionCommand(Guid ComplaintId, string Description, DateOnly? DueOn) : ICommand<long>;

/// <summary>Record an update to the resident, perhaps with a new date (message <c>UpdateAction</c>).</summary>
internal sealed record UpdateActionCommand(long ActionId, string Update, DateOnly? NewDueOn, DateTimeOffset? OccurredAt) : ICommand<long>;

/// <summary>Mark an action done, or transferred elsewhere (message <c>CompleteAction</c>).</summary>
internal sealed record CompleteActionCommand(long ActionId, string Note, string? TransferredTo, DateTimeOffset? OccurredAt) : ICommand<long>;
