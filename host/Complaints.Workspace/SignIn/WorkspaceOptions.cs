namespace Complaints.Workspace.SignIn;

/// <summary>Configuration section <c>Workspace</c>.</summary>
public sealed class WorkspaceOptions
{
    public const string Section = "Workspace";

    /// <summary>Serve the workspace at all (default true).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>
    /// The "signed in as" picker for the development roles. Null means on in Development only; the API believes the
    /// person picked only in Development, and only from loopback, as it does any development caller.
    /// </summary>
    public bool? DevelopmentSignIn { get; set; }

    public List<WorkspacePerson> DevelopmentPeople { get; set; } = [];

    /// <summary>The landlord's identity provider (OpenID Connect, code flow); its access token is what the API is called with.</summary>
    public OpenIdSignIn SignIn { get; set; } = new();

    /// <summary>The gRPC endpoint to call; null means this host's own first endpoint, on loopback.</summary>
    public Uri? ApiAddress { get; set; }

    /// <summary>Seed a demo data set through the API when the database has no complaints (default: in Development).</summary>
    public bool? SeedDemoDataOnFirstRun { get; set; }
}

/// <summary>Configuration section <c>Workspace:SignIn</c>: the OpenID Connect provider people sign in with.</summary>
public sealed class OpenIdSignIn
{
    public string? Authority { get; set; }

    public string? ClientId { get; set; }

    public string? ClientSecret { get; set; }

    /// <summary>Scopes asked for beyond openid and profile, e.g. the API's own scope.</summary>
    public List<string> Scopes { get; set; } = [];

    /// <summary>The token claim holding the person's roles.</summary>
    public string RoleClaim { get; set; } = "roles";

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Authority) && !string.IsNullOrWhiteSpace(ClientId);
}
