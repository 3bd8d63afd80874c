using System.CommandLine;
using Complaints.Cli.Connection;
using Complaints.Cli.Output;
using Grpc.Core;
using Grpc.Net.Client;
using Spectre.Console;

namespace Complaints.Cli;

/// <summary>
/// What every command shares: the consoles, the connection options, and one way to run an action against the server
/// that turns an expected failure (a refusal, a bad option, a file that cannot be written) into a red message and a
/// non-zero exit code, never a stack trace.
/// </summary>
internal sealed class CliContext(IAnsiConsole output, IAnsiConsole errors, ConnectionOptions connection)
{
    public const int Refused = 1;
    public const int BadUsage = 2;

    /// <summary>The shell's code for a run stopped by Ctrl+C (128 + SIGINT).</summary>
    public const int Interrupted = 130;

    public IAnsiConsole Out => output;

    public ConnectionOptions Connection => connection;

    /// <summary>
    /// Runs <paramref name="action"/> with a channel to the server and the API signed in as the options say.
    /// <paramref name="hint"/> may add a sentence for a refusal this command knows the likely cause of.
    /// </summary>
    public void SetAction(Command command, Func<Invocation, Task<int>> action, Func<RpcException, string?>? hint = null) =>
        command.SetAction(async (parsed, cancellation) =>
        {
            Uri? server = null;
            try
            {
                server = connection.ServerAddress(parsed);
                using var channel = GrpcChannel.ForAddress(server);
                return await action(new Invocation(parsed, channel, connection.Credentials(parsed), cancellation));
            }
            catch (Exception e) when (cancellation.IsCancellationRequested && e is OperationCanceledException or RpcException { StatusCode: StatusCode.Cancelled })
            {
                return Interrupted;
            }
            catch (RpcException e)
            {
                ErrorReport.Write(errors, e, hint?.Invoke(e) ?? ErrorReport.Hint(e, server));
                return Refused;
            }
            catch (UsageException e)
            {
                errors.MarkupLineInterpolated($"[red]{e.Message}[/]");
                return BadUsage;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                errors.MarkupLineInterpolated($"[red]{e.Message}[/]");
                return Refused;
            }
        });
}
