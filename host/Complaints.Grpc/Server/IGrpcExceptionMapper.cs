namespace Complaints.Grpc.Server;

/// <summary>
/// Turns an application's own exception types into statuses. Registered in DI; the first mapper that returns a
/// status wins. Exceptions no mapper knows answer UNKNOWN, without their message.
/// </summary>
public interface IGrpcExceptionMapper
{
    Status? TryMap(Exception exception);
}

/// <summary>Runs before every handler, in the call's DI scope: the place to establish who is calling.</summary>
public interface IServerCallInterceptor
{
    ValueTask OnCallStartingAsync(ServerCallContext context, IServiceProvider services);
}
