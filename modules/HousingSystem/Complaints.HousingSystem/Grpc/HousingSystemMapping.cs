using System.Globalization;
using Complaints.HousingSystem.Api.V1;
using Complaints.HousingSystem.Domain;
using Complaints.HousingSystem.Policy;
using Complaints.HousingSystem.Read;
using Complaints.Kernel.Wire;
using Google.Protobuf.WellKnownTypes;
using Contract = Complaints.HousingSystem.Contracts;

namespace Complaints.HousingSystem.Grpc;

/// <summary>Records to messages. Enums pair by name (<see cref="WireEnum"/>), never by number.</summary>
internal static class HousingSystemMapping
{
    public static Contract.RepairPriority? ToPriority(RepairPriority priority) =>
        priority == RepairPriority.Unspecified ? null : WireEnum.Map<Contract.RepairPriority>(priority);

    public static GetResidentResponse ToResponse(ResidentView view)
    {
        var response = new GetResidentResponse { Resolution = WireEnum.Map<Api.V1.Resolution>(view.Resolution) };
        if (view.Resident is { } cached)
            response.Resident = ToMessage(cached.Record, cached.FetchedAt);
        foreach (var (complaint, property) in view.Complaints)
        {
            response.Complaints.Add(new ResidentComplaint
            {
                ComplaintId = complaint.ComplaintId.ToString(),
                Reference = complaint.Reference,
                ReceivedAt = complaint.ReceivedAt is { } received ? Timestamp.FromDateTimeOffset(received) : null,
                Vulnerabilities = { complaint.Vulnerabilities },
                ReasonableAdjustments = { complaint.ReasonableAdjustments },
                PropertyReference = property ?? "",
            });
        }
        var record = view.Resident?.Record;
        response.VulnerabilitiesAcrossComplaints.Add(Distinct(record?.Vulnerabilities, view.Complaints.SelectMany(c => c.Complaint.Vulnerabilities)));
        response.AdjustmentsAcrossComplaints.Add(Distinct(record?.ReasonableAdjustments, view.Complaints.SelectMany(c => c.Complaint.ReasonableAdjustments)));
        return response;
    }

    public static GetPropertyResponse ToResponse(PropertyView view, RepeatComplaintsPolicy rule)
    {
        var response = new GetPropertyResponse
        {
            Resolution = WireEnum.Map<Api.V1.Resolution>(view.Resolution),
            RepeatComplaints = new RepeatComplaints
            {
                WindowDays = rule.WindowDays,
                MinimumComplaints = rule.MinimumComplaints,
                ComplaintsInWindow = view.ComplaintsInWindow,
                Repeat = view.ComplaintsInWindow >= rule.MinimumComplaints,
                Clause = rule.Clause,
            },
        };
        if (view.Property is { } cached)
            response.Property = ToMessage(cached.Record, cached.FetchedAt);
        response.Complaints.Add(view.Complaints.Select(c => new PropertyComplaint
        {
            ComplaintId = c.ComplaintId.ToString(),
            Reference = c.ComplaintReference,
            ReceivedAt = Timestamp.FromDateTimeOffset(c.ReceivedAt),
            ResidentReference = c.ResidentReference ?? "",
            Resolution = WireEnum.Map<Api.V1.Resolution>(c.Resolution),
        }));
        response.RepairJobs.Add(view.RepairJobs.Select(ToMessage));
        return response;
    }

    public static ListRepeatComplaintsResponse ToResponse(IReadOnlyList<RepeatComplaintsAtProperty> found, RepeatComplaintsPolicy rule) => new()
    {
        WindowDays = rule.WindowDays,
        MinimumComplaints = rule.MinimumComplaints,
        Properties =
        {
            found.Select(p => new PropertyWithRepeatComplaints
            {
                PropertyReference = p.PropertyReference,
                ComplaintsInWindow = p.ComplaintsInWindow,
                LatestReceivedAt = Timestamp.FromDateTimeOffset(p.LatestReceivedAt),
            }),
        },
    };

    public static RepairJob ToMessage(RepairJobRecord job) => new()
    {
        Id = job.Id.ToString(),
        JobReference = job.JobReference,
        ComplaintId = job.ComplaintId.ToString(),
        PropertyReference = job.PropertyReference,
        Description = job.Description,
        Priority = WireEnum.Map<RepairPriority>(job.Priority),
        Status = WireEnum.Map<RepairStatus>(job.Status),
        StatusChangedAt = Timestamp.FromDateTimeOffset(job.StatusChangedAt),
        RaisedAt = Timestamp.FromDateTimeOffset(job.RaisedAt),
        RaisedBy = job.RaisedBy,
    };

    private static Resident ToMessage(Contract.Resident resident, DateTimeOffset fetchedAt)
    {
        var preferences = resident.ContactPreferences;
        var message = new Resident
        {
            Reference = resident.Reference,
            Name = resident.Name,
            ContactPreferences = new ContactPreferences
            {
                PreferredMethod = preferences.PreferredMethod is { } method ? WireEnum.Map<ContactMethod>(method) : ContactMethod.Unspecified,
                Email = preferences.Email ?? "",
                Phone = preferences.Phone ?? "",
                Language = preferences.Language ?? "",
                Notes = preferences.Notes ?? "",
            },
            Vulnerabilities = { resident.Vulnerabilities },
            ReasonableAdjustments = { resident.ReasonableAdjustments },
            FetchedAt = Timestamp.FromDateTimeOffset(fetchedAt),
        };
        if (resident.Household is { } household)
        {
            message.Household = new Household { Reference = household.Reference };
            message.Household.Members.Add(household.Members.Select(m =>
                new HouseholdMember { ResidentReference = m.ResidentReference, Name = m.Name, Relationship = m.Relationship ?? "" }));
        }
        if (resident.Tenancy is { } tenancy)
        {
            message.Tenancy = new Tenancy
            {
                Reference = tenancy.Reference,
                TenureType = WireEnum.Map<TenureType>(tenancy.TenureType),
                StartDate = tenancy.StartDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "",
                PropertyReference = tenancy.PropertyReference ?? "",
            };
        }
        return message;
    }

    private static Property ToMessage(Contract.Property property, DateTimeOffset fetchedAt)
    {
        var address = property.Address;
        return new Property
        {
            Reference = property.Reference,
            Address = new Address { Line1 = address.Line1, Line2 = address.Line2 ?? "", Town = address.Town ?? "", Postcode = address.Postcode },
            Block = property.Block is { } block ? new NamedPlace { Reference = block.Reference, Name = block.Name } : null,
            Scheme = property.Scheme is { } scheme ? new NamedPlace { Reference = scheme.Reference, Name = scheme.Name } : null,
            FetchedAt = Timestamp.FromDateTimeOffset(fetchedAt),
        };
    }

    private static IEnumerable<string> Distinct(IEnumerable<string>? recorded, IEnumerable<string> disclosed) =>
        (recorded ?? []).Concat(disclosed).Select(t => t.Trim()).Where(t => t.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase);

    public static WebhookDelivery ToMessage(Webhooks.WebhookDelivery delivery) => new()
    {
        EventId = delivery.EventId, EventType = delivery.EventType, Attempts = delivery.Attempts, LastError = delivery.LastError ?? "",
        Outcome = delivery.Outcome == Webhooks.WebhookOutcome.Delivered ? WebhookOutcome.Delivered : WebhookOutcome.DeadLettered,
        At = Google.Protobuf.WellKnownTypes.Timestamp.FromDateTimeOffset(delivery.At), Replay = delivery.Replay,
    };
}
