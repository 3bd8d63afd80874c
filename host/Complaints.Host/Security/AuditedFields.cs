using System.Collections;
using System.Collections.Concurrent;
using Complaints.Common.V1;
using Google.Protobuf;
using Google.Protobuf.Reflection;

namespace Complaints.Host.Security;

/// <summary>
/// What an audited call touched, read off its request and answer by field name: the records (a complaint by
/// <c>complaint_id</c>, an award, conduct case or referral by its id, a resident by <c>resident_reference</c>, and the
/// <c>id</c> of a Complaint, Award, ConductCase or Referral message) and the sensitive fields the answer carried
/// (marked <c>(complaints.common.v1.sensitive)</c> in the proto). Each message type's fields are sorted once.
/// </summary>
internal static class AuditedFields
{
    private enum Role { None, ComplaintId, ComplaintIds, AwardId, CaseId, ReferralId, Resident, OwnId, Message }

    private sealed record Field(FieldDescriptor Descriptor, Role Role, bool Sensitive, string SensitiveName);

    private static readonly ConcurrentDictionary<MessageDescriptor, Field[]> Plans = new();

    private static readonly Dictionary<string, string> RecordMessages = new()
    {
        ["Complaint"] = "complaint", ["Award"] = "award", ["ConductCase"] = "conduct_case", ["Referral"] = "referral",
    };

    public static void Collect(IMessage? message, ICollection<(string Type, string Key)> records, ISet<string> sensitive, int depth = 0)
    {
        if (message is null || depth > 8)
            return;
        var descriptor = message.Descriptor;
        RecordMessages.TryGetValue(descriptor.Name, out var ownType);
        foreach (var field in Plans.GetOrAdd(descriptor, Plan))
        {
            var value = field.Descriptor.Accessor.GetValue(message);
            if (field.Sensitive && HasValue(value))
                sensitive.Add(field.SensitiveName);
            switch (field.Role)
            {
                case Role.ComplaintId: Add(records, "complaint", value); break;
                case Role.ComplaintIds: foreach (var id in (IEnumerable)value) Add(records, "complaint", id); break;
                case Role.AwardId: Add(records, "award", value); break;
                case Role.CaseId: Add(records, "conduct_case", value); break;
                case Role.ReferralId: Add(records, "referral", value); break;
                case Role.Resident: Add(records, "resident", value); break;
                case Role.OwnId when ownType is not null: Add(records, ownType, value); break;
                case Role.Message when field.Descriptor.IsRepeated:
                    foreach (var item in (IEnumerable)value)
                        Collect(item as IMessage, records, sensitive, depth + 1);
                    break;
                case Role.Message: Collect(value as IMessage, records, sensitive, depth + 1); break;
            }
        }
    }

    private static Field[] Plan(MessageDescriptor descriptor) => descriptor.Fields.InDeclarationOrder()
        .Select(f => new Field(f, RoleOf(f), f.GetOptions()?.GetExtension(AccessExtensions.Sensitive) == true, $"{descriptor.Name}.{f.Name}"))
        .Where(f => f.Role != Role.None || f.Sensitive)
        .ToArray();

    private static Role RoleOf(FieldDescriptor field) => field.Name switch
    {
        _ when field.FieldType == FieldType.Message && !field.IsMap && field.MessageType.File.Package.StartsWith("complaints.", StringComparison.Ordinal) => Role.Message,
        "complaint_id" or "linked_complaint_id" when !field.IsRepeated => Role.ComplaintId,
        "complaint_ids" when field.IsRepeated => Role.ComplaintIds,
        "award_id" => Role.AwardId,
        "case_id" => Role.CaseId,
        "referral_id" => Role.ReferralId,
        "resident_reference" => Role.Resident,
        "id" => Role.OwnId,
        _ => Role.None,
    };

    private static void Add(ICollection<(string, string)> records, string type, object? value)
    {
        var key = Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture);
        if (!string.IsNullOrWhiteSpace(key) && key != "0")
            records.Add((type, key));
    }

    private static bool HasValue(object? value) => value switch
    {
        null => false,
        string text => text.Length > 0,
        bool flag => flag,
        IList list => list.Count > 0,
        _ => true,
    };
}
