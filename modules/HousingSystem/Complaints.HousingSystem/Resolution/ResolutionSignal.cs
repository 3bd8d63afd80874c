using System.Threading.Channels;

namespace Complaints.HousingSystem.Resolution;

/// <summary>Wakes the resolution worker when a complaint with parties to resolve commits, rather than at its next interval.</summary>
internal sealed class ResolutionSignal
{
    // One pending wake-up is enough: a pass resolves every pending link.
    private readonly Channel<bool> _wakeUps = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    public void Notify() => _wakeUps.Writer.TryWrite(true);

    /// <summary>Returns when notified or after <paramref name="timeout"/>, whichever is first.</summary>
    public async Task WaitAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var timer = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timer.CancelAfter(timeout);
        try
        {
            await _wakeUps.Reader.ReadAsync(timer.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // The interval passed without a wake-up: time for the next pass anyway.
        }
    }
}
