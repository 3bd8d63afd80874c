namespace Complaints.Client.Demo;

/// <summary>The people the demo data is recorded by (the development sign-in's people), one per kind of work.</summary>
public static class DemoPeople
{
    public static readonly (string Id, string Role) Handler = ("hana.handler", "complaint-handler");
    public static readonly (string Id, string Role) CompensationOfficer = ("olu.officer", "compensation-officer");
    public static readonly (string Id, string Role) Panel = ("pat.chair", "conduct-panel");
    public static readonly (string Id, string Role) Liaison = ("lee.liaison", "ombudsman-liaison");
    public static readonly (string Id, string Role) Administrator = ("adam.admin", "administrator");
}
