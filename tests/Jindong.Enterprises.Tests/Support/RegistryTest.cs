namespace Jindong.Enterprises.Tests.Support;

/// <summary>A test class whose every test gets its own freshly seeded registry.</summary>
public abstract class RegistryTest : IAsyncLifetime
{
    private TestApp? app;

    protected TestApp App => app ?? throw new InvalidOperationException("The registry starts in InitializeAsync.");

    public async Task InitializeAsync() => app = await TestApp.StartAsync();

    public async Task DisposeAsync()
    {
        if (app is not null)
        {
            await app.DisposeAsync();
        }
    }
}
