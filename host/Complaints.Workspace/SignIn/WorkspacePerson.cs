namespace Complaints.Workspace.SignIn;

/// <summary>Someone the development sign-in offers (configuration <c>Workspace:DevelopmentPeople</c>): id, name, roles.</summary>
public sealed class WorkspacePerson
{
    public string Id { get; set; } = "";

    public string Name { get; set; } = "";

    public List<string> Roles { get; set; } = [];
}
