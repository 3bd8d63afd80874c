using Complaints.Investigation.Api.V1;

namespace Complaints.Client.Demo;

/// <summary>The people the demo data is recorded by (the development sign-in's people), one per kind of work.</summary>
public static class DemoPeople
{
    public static readonly (string Id, string Role) Handler = ("hana.handler", "complaint-handler");
    public static readonly (string Id, string Role) CompensationOfficer = ("olu.officer", "compensation-officer");
    public static readonly (string Id, string Role) Panel = ("pat.chair", "conduct-panel");
    public static readonly (string Id, string Role) Liaison = ("lee.liaison", "ombudsman-liaison");
    public static readonly (string Id, string Role) Administrator = ("adam.admin", "administrator");

    /// <summary>Assigns a complaint's stage 1 to the demo handler, an officer in the repairs team.</summary>
    public static AssignOfficerRequest AssignToHandler(string complaintId) => new()
    {
        ComplaintId = complaintId, Stage = 1, ServiceAreaComplainedAbout = "Repairs",
        Officer = new Officer { Id = Handler.Id, Name = "Hana Handler", Seniority = Seniority.Officer, ServiceArea = "Repairs" },
    };
}
