using Xunit;

namespace Complaints.Testing;

/// <summary>A test that needs a SQL Server: skipped, with the reason in the test output, unless COMPLAINTS_TEST_SQLSERVER is set.</summary>
public sealed class SqlServerFactAttribute : FactAttribute
{
    public SqlServerFactAttribute()
    {
        if (TestDatabase.SqlServer is null)
            Skip = $"{TestDatabase.SqlServerVariable} is not set, so nothing ran on a live SQL Server: the persistence tests ran on " +
                   "SQLite and PostgreSQL, and the SQL Server migrations were checked only as scripts (GeneratedMigrationTests).";
    }
}
