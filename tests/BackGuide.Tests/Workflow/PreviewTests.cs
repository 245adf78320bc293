using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using BackGuide.Cli.Preview;
using BackGuide.Pipeline;
using BackGuide.Tests.Support;

namespace BackGuide.Tests.Workflow;

/// <summary>The preview server, started in this process on a free port, driven over HTTP as a browser would.</summary>
public sealed class PreviewTests() : PreviewSession(NewSite())
{
    private static TestSite NewSite() => new TestSite()
        .WithPage("index.md", "title: Home", "Welcome home.\n")
        .WithPage("notes/a.md", "title: Alpha", "Alpha body.\n")
        .WithPage("notes/later.md", "title: Later\ndraft: true", "Not yet published.\n")
        .With("secret.txt", "not for the web");

    [Fact]
    public async Task ServesTheSite_OnLoopbackOnly_WithTheReloadScript_AndWritesNoOutput()
    {
        var page = await Client.GetStringAsync("notes/a.html");

        Assert.Equal(IPAddress.Loopback.ToString(), Host.Address.Host);
        Assert.Contains("Alpha body.", page, StringComparison.Ordinal);
        Assert.Contains("/_backguide/events", page, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Site.OutputDirectory));
    }

    [Fact]
    public async Task ServesDrafts_MarkedAsDrafts_ThatTheBuildLeavesOut()
    {
        var draft = await Client.GetStringAsync("notes/later.html");
        var published = await Client.GetStringAsync("notes/a.html");

        var build = Site.Build();

        Assert.Contains("Not yet published.", draft, StringComparison.Ordinal);
        Assert.Contains("data-draft", draft, StringComparison.Ordinal);
        Assert.DoesNotContain("data-draft", published, StringComparison.Ordinal);
        Assert.True(build.Succeeded);
        Assert.False(Site.Exists("notes/later.html"));
    }

    [Fact]
    public async Task TheBuild_NeverCarriesThePreviewsReloadScript()
    {
        var served = await Client.GetStringAsync("notes/a.html");

        var build = Site.Build();

        Assert.True(build.Succeeded);
        Assert.Contains("_backguide", served, StringComparison.Ordinal);
        Assert.All(Directory.EnumerateFiles(Site.OutputDirectory, "*", SearchOption.AllDirectories),
            file => Assert.DoesNotContain("_backguide", File.ReadAllText(file), StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("", "Welcome home.")]
    [InlineData("notes/", "Alpha")]
    public async Task FolderRequests_ServeTheFolderIndex(string path, string expected)
    {
        var page = await Client.GetStringAsync(path);

        Assert.Contains(expected, page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EditingAPage_ServesItsNewContent_AndSendsAReloadEvent()
    {
        using var events = await ServerEvents.OpenAsync(Client, $"_backguide/events?since={Host.Site.Current.Version}");

        Site.WithPage("notes/a.md", "title: Alpha", "Edited body.\n");
        await events.WaitForAsync("reload");

        await Eventually.TrueAsync(async () => (await Client.GetStringAsync("notes/a.html")).Contains("Edited body.", StringComparison.Ordinal), "serving the edited page");
    }

    [Fact]
    public async Task BrokenFrontMatter_SendsTheErrors_KeepsServingTheOldPage_AndFixingItClearsThem()
    {
        using var events = await ServerEvents.OpenAsync(Client, $"_backguide/events?since={Host.Site.Current.Version}");

        Site.With("input/notes/a.md", "---\ntitle: [Alpha\n---\nBroken body.\n");
        var problems = JsonDocument.Parse(await events.WaitForAsync("problems")).RootElement.GetProperty("errors");
        var stillServed = await Client.GetStringAsync("notes/a.html");
        using var lateComer = await ServerEvents.OpenAsync(Client, $"_backguide/events?since={Host.Site.Current.Version}");
        var shownToLateComer = await lateComer.WaitForAsync("problems");
        Site.WithPage("notes/a.md", "title: Alpha", "Fixed body.\n");
        await events.WaitForAsync("clear");
        await events.WaitForAsync("reload");

        var error = Assert.Single(problems.EnumerateArray()).GetString()!;
        Assert.Matches(@"notes/a\.md:\d+:\d+: error BG0102: ", error);
        Assert.Contains("Alpha body.", stillServed, StringComparison.Ordinal);
        Assert.Contains("BG0102", shownToLateComer, StringComparison.Ordinal);
        await Eventually.TrueAsync(async () => (await Client.GetStringAsync("notes/a.html")).Contains("Fixed body.", StringComparison.Ordinal), "serving the fixed page");
        Assert.Empty(Host.Site.Current.Problems);
    }

    [Theory]
    [InlineData("evil.example:{0}")]
    [InlineData("127.0.0.1.evil.example:{0}")]
    [InlineData("localhost:1")]
    public async Task ARequestForAnotherHost_IsRefused(string host)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "notes/a.html");
        request.Headers.Host = string.Format(System.Globalization.CultureInfo.InvariantCulture, host, Host.Address.Port);

        using var response = await Client.SendAsync(request);

        Assert.Equal(System.Net.HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain("Alpha body.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("localhost")]
    public async Task ARequestForThisMachine_IsAnswered(string name)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "notes/a.html");
        request.Headers.Host = $"{name}:{Host.Address.Port}";

        using var response = await Client.SendAsync(request);

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task AFolderWithoutItsSlash_RedirectsWithinTheSite_NeverToAnotherHost()
    {
        var (status, response) = await RawGetAsync("//notes?x=1");

        Assert.Equal(301, status);
        Assert.Contains("\r\nLocation: /notes/?x=1\r\n", response, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("input/notes/a.md", "---\ntitle: Alpha\n---\nNUL \0 byte\n", "BG0110")]
    [InlineData("input/notes/b.md", "---\ntitle: Beta\nslug: a\n---\n", "BG0108")]
    [InlineData("input/notes/a.md", "---\ntitle: Alpha\n", "BG0111")]
    [InlineData("input/_theme/templates/page.sbn-html", "{{ if page.title }}unclosed", "BG0301")]
    [InlineData("input/_theme/partials/footer.hbs", "<footer>{{site.title}}</footer>", "BG0304")]
    public async Task NoBrokenEdit_StopsTheServer(string file, string content, string code)
    {
        using var events = await ServerEvents.OpenAsync(Client, $"_backguide/events?since={Host.Site.Current.Version}");

        Site.With(file, content);
        var problems = await events.WaitForAsync("problems", containing: code); // a slow save may show a half-written file first

        Assert.Contains(code, problems, StringComparison.Ordinal);
        Assert.Contains("Alpha body.", await Client.GetStringAsync("notes/a.html"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ChangingTheTheme_RerendersThePages()
    {
        using var events = await ServerEvents.OpenAsync(Client, $"_backguide/events?since={Host.Site.Current.Version}");

        Site.With("input/_theme/templates/page.sbn-html", "<div class=\"themed\">{{ content }}</div>");
        await Eventually.TrueAsync(async () => (await Client.GetStringAsync("notes/a.html")).Contains("class=\"themed\"", StringComparison.Ordinal), "serving the themed page");
        File.Delete(Path.Combine(Site.InputDirectory, "_theme", "templates", "page.sbn-html"));
        await events.WaitForAsync("reload");
        await Eventually.TrueAsync(async () => !(await Client.GetStringAsync("notes/a.html")).Contains("class=\"themed\"", StringComparison.Ordinal), "serving the shipped theme again");

        Assert.Contains("Alpha body.", await Client.GetStringAsync("notes/a.html"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ASiteThatHasNeverBuilt_ShowsItsErrors_AndIsServedOnceFixed()
    {
        using var site = new TestSite().WithPage("index.md", "title: [Home");
        await using var host = await PreviewHost.StartAsync(new BuildOptions { InputDirectory = site.InputDirectory, OutputDirectory = site.OutputDirectory }, port: 0, quiet: true);
        using var client = new HttpClient { BaseAddress = host.Address };

        using var waiting = await client.GetAsync("");
        using var events = await ServerEvents.OpenAsync(client, "_backguide/events?since=0");
        var problems = await events.WaitForAsync("problems");
        site.WithPage("index.md", "title: Home", "Built at last.\n");
        await events.WaitForAsync("reload");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, waiting.StatusCode);
        Assert.Contains("/_backguide/events", await waiting.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Matches(@"input/index\.md:\d+:\d+: error BG0102", problems);
        await Eventually.TrueAsync(async () => (await client.GetStringAsync("")).Contains("Built at last.", StringComparison.Ordinal), "serving the fixed site");
    }

    [Fact]
    public async Task APageFromAnOlderBuild_IsToldToReloadWhenItConnects()
    {
        var before = Host.Site.Current.Version;
        Site.WithPage("notes/a.md", "title: Alpha", "Newer body.\n");
        await Eventually.TrueAsync(() => Host.Site.Current.Version > before, "the preview rebuilding");

        using var events = await ServerEvents.OpenAsync(Client, $"_backguide/events?since={before}");

        Assert.Equal(Host.Site.Current.Version.ToString(System.Globalization.CultureInfo.InvariantCulture), await events.WaitForAsync("reload"));
    }

    [Theory]
    [InlineData("/../secret.txt")]
    [InlineData("/notes/../../secret.txt")]
    [InlineData("/%2e%2e/secret.txt")]
    [InlineData("/%2E%2E%2Fsecret.txt")]
    [InlineData("/notes/..%2f..%2fsecret.txt")]
    [InlineData("/notes/%2e%2e%5c%2e%2e%5csecret.txt")]
    [InlineData("/notes\\..\\..\\secret.txt")]
    [InlineData("/..%252fsecret.txt")]
    [InlineData("/%00/secret.txt")]
    public async Task RequestsOutsideTheSite_AreRefused(string target)
    {
        var (status, body) = await RawGetAsync(target);

        Assert.True(status is 400 or 404, $"{target} answered {status}");
        Assert.DoesNotContain("not for the web", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RawRequestsInsideTheSite_AreServed()
    {
        var (status, body) = await RawGetAsync("/notes/a.html");

        Assert.Equal(200, status);
        Assert.Contains("Alpha body.", body, StringComparison.Ordinal);
    }

    /// <summary>Sends the request target byte for byte (HttpClient would normalise dot segments away).</summary>
    private async Task<(int Status, string Body)> RawGetAsync(string target)
    {
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(IPAddress.Loopback, Host.Address.Port);
        await using var stream = tcp.GetStream();
        var request = Encoding.ASCII.GetBytes($"GET {target} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
        await stream.WriteAsync(request);
        using var reader = new StreamReader(stream, Encoding.UTF8);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        var response = await reader.ReadToEndAsync(timeout.Token);
        var status = int.Parse(response.Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture);
        return (status, response);
    }
}
