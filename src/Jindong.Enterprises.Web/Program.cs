using Jindong.Enterprises.Web.Hosting;

var app = JindongWeb.Build(args);
await app.RunAsync();

/// <summary>The entry point, public so the tests' WebApplicationFactory can start it.</summary>
public partial class Program;
