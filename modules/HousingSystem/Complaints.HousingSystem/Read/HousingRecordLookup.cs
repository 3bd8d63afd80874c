using Complaints.HousingSystem.Contracts;

namespace Complaints.HousingSystem.Read;

/// <summary>A read never fails for the HMS: a record that cannot be had now is shown as pending, the rest of the answer stands.</summary>
internal static class HousingRecordLookup
{
    public static async Task<(Cached<T>? Record, Domain.Resolution Resolution)> FindAsync<T>(Func<Task<Cached<T>?>> find) where T : class
    {
        try
        {
            var record = await find();
            return (record, record is null ? Domain.Resolution.NotFound : Domain.Resolution.Resolved);
        }
        catch (HousingSystemUnavailableException)
        {
            return (null, Domain.Resolution.Pending);
        }
    }
}
