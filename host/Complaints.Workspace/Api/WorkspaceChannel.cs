using Complaints.Workspace.SignIn;
using Grpc.Net.Client;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace Complaints.Workspace.Api;

/// <summary>
/// The one channel the workspace calls the API on: <c>Workspace:ApiAddress</c>, or this host's own gRPC endpoint (the
/// first Kestrel lists) on loopback. Made at the first page, once the server knows the ports it listens on.
/// </summary>
public sealed class WorkspaceChannel(IServer server, IOptions<WorkspaceOptions> options) : IDisposable
{
    private readonly Lazy<GrpcChannel> channel = new(() => GrpcChannel.ForAddress(options.Value.ApiAddress ?? OwnEndpoint(server)));

    public GrpcChannel Channel => channel.Value;

    public void Dispose()
    {
        if (channel.IsValueCreated)
            channel.Value.Dispose();
    }

    private static Uri OwnEndpoint(IServer server)
    {
        var first = server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault()
            ?? throw new InvalidOperationException("The server lists no address: set Workspace:ApiAddress.");
        var address = new UriBuilder(first.Replace("://+:", "://127.0.0.1:").Replace("://*:", "://127.0.0.1:"));
        if (address.Host is "0.0.0.0" or "[::]" or "::" or "localhost")
            address.Host = "127.0.0.1";
        return address.Uri;
    }
}
