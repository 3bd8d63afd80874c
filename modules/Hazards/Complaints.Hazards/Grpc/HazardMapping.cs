using Complaints.Hazards.Contracts;
using Complaints.Hazards.Read;
using Complaints.Kernel.Errors;
using Google.Protobuf.WellKnownTypes;
using V1 = Complaints.Hazards.Api.V1;
using Domain = Complaints.Hazards.Domain;
using Wire = Complaints.Common.V1;

namespace Complaints.Hazards.Grpc;

/// <summary>Wire enums to the domain's and back by explicit switches (numbers never relied on), and the hazard to its message.</summary>
internal static class HazardMapping
{
    public static Domain.HazardSource? Source(V1.HazardSource source) => source switch
    {
        V1.HazardSource.Complaint => Domain.HazardSource.Complaint,
        V1.HazardSource.ServiceRequest => Domain.HazardSource.ServiceRequest,
        V1.HazardSource.Repair => Domain.HazardSource.Repair,
        V1.HazardSource.Survey => Domain.HazardSource.Survey,
        _ => null,
    };

    public static bool? Emergency(V1.HazardCategory category) => category switch
    {
        V1.HazardCategory.Emergency => true,
        V1.HazardCategory.Significant => false,
        _ => null,
    };

    public static Domain.AccessMethod? Method(V1.AccessMethod method) => method switch
    {
        V1.AccessMethod.Visit => Domain.AccessMethod.Visit,
        V1.AccessMethod.Phone => Domain.AccessMethod.Phone,
        V1.AccessMethod.Letter => Domain.AccessMethod.Letter,
        V1.AccessMethod.Email => Domain.AccessMethod.Email,
        V1.AccessMethod.TextMessage => Domain.AccessMethod.TextMessage,
        V1.AccessMethod.InPerson => Domain.AccessMethod.InPerson,
        _ => null,
    };

    public static Domain.AccessOutcome? Outcome(V1.AccessOutcome outcome) => outcome switch
    {
        V1.AccessOutcome.Gained => Domain.AccessOutcome.Gained,
        V1.AccessOutcome.NoAnswer => Domain.AccessOutcome.NoAnswer,
        V1.AccessOutcome.Refused => Domain.AccessOutcome.Refused,
        V1.AccessOutcome.AppointmentMade => Domain.AccessOutcome.AppointmentMade,
        V1.AccessOutcome.AppointmentMissed => Domain.AccessOutcome.AppointmentMissed,
        _ => null,
    };

    public static Domain.StopReason? Reason(V1.StopReason reason) => reason switch
    {
        V1.StopReason.HouseholdMoved => Domain.StopReason.HouseholdMoved,
        V1.StopReason.NoHazardFound => Domain.StopReason.NoHazardFound,
        V1.StopReason.ConsentNotObtained => Domain.StopReason.ConsentNotObtained,
        V1.StopReason.TenureNotCovered => Domain.StopReason.TenureNotCovered,
        _ => null,
    };

    /// <summary>A list filter: only the statuses of a running clock; a met or stopped one is INVALID_ARGUMENT.</summary>
    public static HazardClockStatus? RunningStatus(Wire.ClockStatus status) => status switch
    {
        Wire.ClockStatus.Unspecified => null,
        Wire.ClockStatus.OnTrack => HazardClockStatus.OnTrack,
        Wire.ClockStatus.DueSoon => HazardClockStatus.DueSoon,
        Wire.ClockStatus.Overdue => HazardClockStatus.Overdue,
        _ => throw new ValidationException(new FieldViolation("clock_status", "must be ON_TRACK, DUE_SOON or OVERDUE: a running clock's status")),
    };

    public static Wire.ClockStatus Status(HazardClockStatus status) => status switch
    {
        HazardClockStatus.OnTrack => Wire.ClockStatus.OnTrack,
        HazardClockStatus.DueSoon => Wire.ClockStatus.DueSoon,
        HazardClockStatus.Overdue => Wire.ClockStatus.Overdue,
        HazardClockStatus.MetOnTime => Wire.ClockStatus.MetOnTime,
        HazardClockStatus.MetLate => Wire.ClockStatus.MetLate,
        HazardClockStatus.Stopped => Wire.ClockStatus.Stopped,
        _ => Wire.ClockStatus.Unspecified,
    };

    public static V1.Hazard ToMessage(HazardView view)
    {
        var h = view.Hazard;
        var message = new V1.Hazard
        {
            Id = h.Id,
            Reference = h.Reference,
            Source = h.Source switch
            {
                Domain.HazardSource.Complaint => V1.HazardSource.Complaint,
                Domain.HazardSource.ServiceRequest => V1.HazardSource.ServiceRequest,
                Domain.HazardSource.Repair => V1.HazardSource.Repair,
                Domain.HazardSource.Survey => V1.HazardSource.Survey,
                _ => V1.HazardSource.Unspecified,
            },
            SourceReference = h.SourceReference,
            ComplaintId = h.ComplaintId?.ToString() ?? "",
            PropertyReference = h.PropertyReference,
            ResidentReference = h.ResidentReference,
            Kind = h.Kind,
            Category = h.Emergency ? V1.HazardCategory.Emergency : V1.HazardCategory.Significant,
            AwareAt = Timestamp.FromDateTimeOffset(h.AwareAt),
            Tenure = h.Tenure,
            Description = h.Description,
            ReportedBy = h.ReportedBy,
            AlternativeAccommodationDue = view.AlternativeAccommodationDue,
        };
        message.Clocks.AddRange(view.Clocks.Select(ToMessage));
        if (h.Investigation is { } i)
            message.Investigation = new V1.Investigation
            {
                EndedAt = Timestamp.FromDateTimeOffset(i.EndedAt), Investigator = i.Investigator, Findings = i.Findings, HazardFound = i.HazardFound, RecordedBy = i.RecordedBy,
            };
        if (h.SummarySentAt is { } sent)
            message.SummarySentAt = Timestamp.FromDateTimeOffset(sent);
        if (h.SafetyWork is { } work)
            message.SafetyWork = new V1.WorkDone { CompletedAt = Timestamp.FromDateTimeOffset(work.CompletedAt), Details = work.Details, RecordedBy = work.RecordedBy };
        if (h.FurtherWork is { } further)
            message.FurtherWork = new V1.FurtherWork
            {
                BegunAt = At(further.BegunAt), StepsTakenAt = At(further.StepsTakenAt), StepsTaken = further.StepsTaken ?? "",
                PhysicallyStartedAt = At(further.PhysicallyStartedAt), Details = further.Details,
            };
        message.AccessAttempts.AddRange(h.AccessAttempts.Select(a => new V1.AccessAttempt
        {
            AttemptedAt = Timestamp.FromDateTimeOffset(a.AttemptedAt), Method = ToMessage(a.Method), Outcome = ToMessage(a.Outcome), Notes = a.Notes, RecordedBy = a.RecordedBy,
        }));
        message.AccommodationOffers.AddRange(h.AccommodationOffers.Select(o => new V1.AccommodationOffer
        {
            OfferedAt = Timestamp.FromDateTimeOffset(o.OfferedAt), Details = o.Details, OfferedBy = o.OfferedBy,
        }));
        if (h.Stopped is { } stop)
            message.Stopped = new V1.ClockStop { Reason = ToMessage(stop.Reason), Evidence = stop.Evidence, StoppedAt = Timestamp.FromDateTimeOffset(stop.StoppedAt), StoppedBy = stop.StoppedBy };
        return message;
    }

    private static V1.HazardClock ToMessage(HazardClockSummary clock) => new()
    {
        Name = clock.Name,
        StartedAt = Timestamp.FromDateTimeOffset(clock.StartedAt),
        DueAt = Timestamp.FromDateTimeOffset(clock.DueAt),
        Status = Status(clock.Status),
        EndedAt = At(clock.EndedAt),
        Regulation = clock.Regulation,
    };

    private static V1.AccessMethod ToMessage(Domain.AccessMethod method) => method switch
    {
        Domain.AccessMethod.Visit => V1.AccessMethod.Visit,
        Domain.AccessMethod.Phone => V1.AccessMethod.Phone,
        Domain.AccessMethod.Letter => V1.AccessMethod.Letter,
        Domain.AccessMethod.Email => V1.AccessMethod.Email,
        Domain.AccessMethod.TextMessage => V1.AccessMethod.TextMessage,
        Domain.AccessMethod.InPerson => V1.AccessMethod.InPerson,
        _ => V1.AccessMethod.Unspecified,
    };

    private static V1.AccessOutcome ToMessage(Domain.AccessOutcome outcome) => outcome switch
    {
        Domain.AccessOutcome.Gained => V1.AccessOutcome.Gained,
        Domain.AccessOutcome.NoAnswer => V1.AccessOutcome.NoAnswer,
        Domain.AccessOutcome.Refused => V1.AccessOutcome.Refused,
        Domain.AccessOutcome.AppointmentMade => V1.AccessOutcome.AppointmentMade,
        Domain.AccessOutcome.AppointmentMissed => V1.AccessOutcome.AppointmentMissed,
        _ => V1.AccessOutcome.Unspecified,
    };

    private static V1.StopReason ToMessage(Domain.StopReason reason) => reason switch
    {
        Domain.StopReason.HouseholdMoved => V1.StopReason.HouseholdMoved,
        Domain.StopReason.NoHazardFound => V1.StopReason.NoHazardFound,
        Domain.StopReason.ConsentNotObtained => V1.StopReason.ConsentNotObtained,
        Domain.StopReason.TenureNotCovered => V1.StopReason.TenureNotCovered,
        _ => V1.StopReason.Unspecified,
    };

    private static Timestamp? At(DateTimeOffset? instant) => instant is { } at ? Timestamp.FromDateTimeOffset(at) : null;
}
