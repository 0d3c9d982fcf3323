using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Jindong.Enterprises.Application.Users;
using Jindong.Enterprises.Testing;
using Jindong.Enterprises.Web.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Jindong.Enterprises.Web.Tests.Security;

/// <summary>
/// HTTPS, as README's deployment notes set it up: behind a TLS reverse proxy that the app trusts
/// (its forwarded headers make the request HTTPS and name the client), or served directly by
/// Kestrel with a certificate. Either way cookies are Secure and HSTS is sent.
/// </summary>
public sealed class HttpsTests(HttpsTests.BehindProxyFactory app) : IClassFixture<HttpsTests.BehindProxyFactory>
{
    [Fact]
    public async Task Behind_a_trusted_tls_proxy_cookies_are_secure_and_hsts_is_sent()
    {
        var client = ThroughProxy("198.51.100.7");

        var response = await client.PostAsJsonAsync("/api/session", new { userName = "admin", password = JindongWebFactory.Password });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("jindong.session=", StringComparison.Ordinal));
        Assert.Contains("; secure", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.StartsWith("max-age=31536000", response.Headers.GetValues("Strict-Transport-Security").Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Forwarded_headers_from_a_client_that_is_not_a_known_proxy_are_ignored()
    {
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("http://jindong.example"), AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Remove(ClientAddressFromTestHeader.Header);
        client.DefaultRequestHeaders.Add(ClientAddressFromTestHeader.Header, "198.51.100.200");
        client.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");

        var response = await client.PostAsJsonAsync("/api/session", new { userName = "admin", password = JindongWebFactory.Password });

        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("jindong.session=", StringComparison.Ordinal));
        Assert.DoesNotContain("; secure", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.False(response.Headers.Contains("Strict-Transport-Security"));
    }

    [Fact]
    public async Task Behind_the_proxy_the_sign_in_throttle_counts_each_client_the_proxy_names()
    {
        var guesser = ThroughProxy("198.51.100.8");
        for (var attempt = 0; attempt < 5; attempt++)
        {
            await guesser.PostAsJsonAsync("/api/session", new { userName = "admin", password = "wrong-password" });
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, (await guesser.PostAsJsonAsync("/api/session", new { userName = "admin", password = JindongWebFactory.Password })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await ThroughProxy("198.51.100.9").PostAsJsonAsync("/api/session", new { userName = "admin", password = JindongWebFactory.Password })).StatusCode);
    }

    [Fact]
    public async Task Served_directly_with_a_certificate_the_app_answers_https_with_secure_cookies_and_hsts()
    {
        var directory = Directory.CreateTempSubdirectory("jindong-tls-").FullName;
        try
        {
            using var certificate = SelfSigned();
            var pfx = Path.Combine(directory, "jindong.pfx");
            await File.WriteAllBytesAsync(pfx, certificate.Export(X509ContentType.Pfx, "test-certificate-password"));
            await using var host = await RegistryHost.StartAsync();
            await host.SendAsync(new CreateUser("admin", JindongWebFactory.Password, "admin"));
            await using var server = await WebServerProcess.StartAsync(
                host.Database,
                new Dictionary<string, string> { ["Kestrel:Certificates:Default:Path"] = pfx, ["Kestrel:Certificates:Default:Password"] = "test-certificate-password" },
                scheme: "https");
            using var handler = new HttpClientHandler
            {
                CookieContainer = new CookieContainer(),
                ServerCertificateCustomValidationCallback = (_, presented, _, _) => presented?.Thumbprint == certificate.Thumbprint,
            };

            using var client = await server.SignedInClientAsync("admin", JindongWebFactory.Password, handler);
            using var request = new HttpRequestMessage(HttpMethod.Get, "/api/session");
            request.Headers.Host = "jindong.example";
            using var response = await client.SendAsync(request);

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.True(handler.CookieContainer.GetCookies(server.Address).Single(c => c.Name == "jindong.session").Secure);
            Assert.StartsWith("max-age=31536000", response.Headers.GetValues("Strict-Transport-Security").Single(), StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    /// <summary>A client whose requests come through the trusted proxy (its address) for the client <paramref name="address"/>, over HTTPS.</summary>
    private HttpClient ThroughProxy(string address)
    {
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("http://jindong.example"), AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Remove(ClientAddressFromTestHeader.Header);
        client.DefaultRequestHeaders.Add(ClientAddressFromTestHeader.Header, BehindProxyFactory.Proxy);
        client.DefaultRequestHeaders.Add("X-Forwarded-For", address);
        client.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");
        return client;
    }

    private static X509Certificate2 SelfSigned()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=jindong.example", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddDnsName("jindong.example");
        names.AddIpAddress(IPAddress.Loopback);
        request.CertificateExtensions.Add(names.Build());
        var now = DateTimeOffset.UtcNow;
        return request.CreateSelfSigned(now.AddDays(-1), now.AddDays(30));
    }

    /// <summary>The app configured to trust the proxy at <see cref="Proxy"/>, as README's notes say.</summary>
    public sealed class BehindProxyFactory : JindongWebFactory
    {
        public const string Proxy = "203.0.113.10";

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("ReverseProxy:KnownProxies:0", Proxy);
        }
    }
}
