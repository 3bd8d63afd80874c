namespace Complaints.Kernel.Tests.Calendar;

// A real file on disk, because replacing the data without a release means reading a file the host is pointed at.
internal sealed class TempJsonFile : IDisposable
{
    public TempJsonFile(string json)
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"bank-holidays-{Guid.NewGuid():N}.json");
        File.WriteAllText(Path, json);
    }

    public string Path { get; }

    public void Dispose() => File.Delete(Path);
}
