using System.Diagnostics;
using System.Net.Sockets;

namespace AtlasGen.Runtime.Tests.Apache;

/// <summary>
/// A private Apache httpd with mod_auth_digest on 127.0.0.1 and a free port: its own ServerRoot, PidFile and logs
/// under a temp folder, a user made with htdigest, stopped and deleted afterwards. Never touches the system instance.
/// </summary>
public sealed class ApacheFixture : IAsyncLifetime
{
    public const string Realm = "atlas";
    public const string User = "0123abcd";
    public const string Password = "private-4f2a-key";
    private const string Binary = "/usr/sbin/apache2";
    private const string Htdigest = "/usr/bin/htdigest";
    private const string Modules = "/usr/lib/apache2/modules";

    private string? _root;
    private Exception? _startFailure;

    public static bool IsInstalled => MissingPiece is null;

    public static string? MissingPiece
        => new[] { Binary, Htdigest, Path.Combine(Modules, "mod_auth_digest.so"), Path.Combine(Modules, "mod_cgid.so") }.FirstOrDefault(f => !File.Exists(f));

    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1/");

    private string AccessLog => Path.Combine(_root!, "logs", "access.log");

    /// <summary>Throws the reason Apache could not start, so a test fails with it instead of with a connection error.</summary>
    public void EnsureStarted()
    {
        if (_startFailure is not null)
        {
            throw new InvalidOperationException("The Apache test instance did not start: " + _startFailure.Message, _startFailure);
        }
    }

    /// <summary>
    /// The access-log lines (<c>METHOD URI STATUS</c>) whose URI contains <paramref name="tag"/>, once the log has
    /// settled: Apache logs a request after it has sent the response, so the last line can lag the client.
    /// </summary>
    public async Task<string[]> LogLinesAsync(string tag, int atLeast)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        var lines = Read();
        while (DateTime.UtcNow < deadline)
        {
            await Task.Delay(250);
            var again = Read();
            if (again.Length == lines.Length && lines.Length >= atLeast)
            {
                return again;
            }

            lines = again;
        }

        return lines;

        string[] Read() => File.ReadAllLines(AccessLog).Where(l => l.Contains(tag, StringComparison.Ordinal)).ToArray();
    }

    public async Task InitializeAsync()
    {
        if (!IsInstalled)
        {
            _startFailure = new FileNotFoundException($"{MissingPiece} is missing: install the Debian packages apache2 and apache2-utils.");
            return;
        }

        try
        {
            await StartAsync();
        }
        catch (Exception ex)
        {
            _startFailure = ex;
        }
    }

    private async Task StartAsync()
    {
        if (OperatingSystem.IsWindows())
        {
            throw new PlatformNotSupportedException("The Apache interop tests run on Linux (Debian's apache2 layout).");
        }

        _root = Directory.CreateTempSubdirectory("atlasgen-apache-").FullName;
        foreach (var dir in new[] { "logs", "htdocs/auth", "htdocs/stale", "cgi-bin" })
        {
            Directory.CreateDirectory(Path.Combine(_root, dir));
        }

        foreach (var dir in new[] { "auth", "stale" })
        {
            await File.WriteAllTextAsync(Path.Combine(_root, "htdocs", dir, "hello.txt"), "hello\n");
        }

        // Echoes the request body back, so a test sees exactly the bytes that arrived.
        var echo = Path.Combine(_root, "cgi-bin", "echo");
        await File.WriteAllTextAsync(echo, "#!/bin/sh\nprintf 'Content-Type: application/json\\r\\nX-Method: %s\\r\\n\\r\\n' \"$REQUEST_METHOD\"\nhead -c \"${CONTENT_LENGTH:-0}\"\n");
        File.SetUnixFileMode(echo, (UnixFileMode)0b111_101_101);
        // Workers run as an unprivileged user when we are root; let them in.
        File.SetUnixFileMode(_root, (UnixFileMode)0b111_101_101);

        await RunAsync(Htdigest, ["-c", Path.Combine(_root, "users"), Realm, User], stdin: $"{Password}\n{Password}\n");

        var port = FreePort();
        BaseAddress = new Uri($"http://127.0.0.1:{port}/");
        var conf = Path.Combine(_root, "httpd.conf");
        await File.WriteAllTextAsync(conf, Config(_root, port));
        await RunAsync(Binary, ["-d", _root, "-f", conf, "-k", "start"]);
        await WaitForPortAsync(port);
    }

    private static string Config(string root, int port)
    {
        var runAs = Environment.IsPrivilegedProcess ? "User nobody\nGroup nogroup\n" : "";
        string Load(string name, string file) => $"LoadModule {name}_module {Modules}/{file}.so\n";
        var digest = $"""
              AuthType Digest
              AuthName "{Realm}"
              AuthDigestProvider file
              AuthUserFile "{root}/users"
              Require valid-user
            """;
        return $"""
            ServerRoot "{root}"
            PidFile "{root}/logs/httpd.pid"
            DefaultRuntimeDir "{root}/logs"
            Listen 127.0.0.1:{port}
            ServerName 127.0.0.1
            {runAs}
            """ + Load("mpm_event", "mod_mpm_event") + Load("authn_core", "mod_authn_core") + Load("authn_file", "mod_authn_file")
            + Load("authz_core", "mod_authz_core") + Load("authz_user", "mod_authz_user") + Load("auth_digest", "mod_auth_digest")
            + Load("alias", "mod_alias") + Load("cgid", "mod_cgid") + $"""
            StartServers 2
            ThreadsPerChild 25
            MaxRequestWorkers 50
            ErrorLog "{root}/logs/error.log"
            LogLevel warn
            LogFormat "%m %U%q %>s" atlas
            CustomLog "{root}/logs/access.log" atlas
            ScriptSock "{root}/logs/cgid.sock"
            DocumentRoot "{root}/htdocs"
            AuthDigestShmemSize 1048576
            ScriptAlias /cgi-bin/ "{root}/cgi-bin/"
            <Location /auth>
            {digest}
              AuthDigestNcCheck On
            </Location>
            <Location /stale>
            {digest}
              AuthDigestNonceLifetime 2
            </Location>
            <Location /cgi-bin>
            {digest}
              AuthDigestNcCheck On
            </Location>

            """;
    }

    public async Task DisposeAsync()
    {
        if (_root is null)
        {
            return;
        }

        var pidFile = Path.Combine(_root, "logs", "httpd.pid");
        if (File.Exists(pidFile))
        {
            var pid = int.Parse((await File.ReadAllTextAsync(pidFile)).Trim(), System.Globalization.CultureInfo.InvariantCulture);
            try
            {
                await RunAsync(Binary, ["-d", _root, "-f", Path.Combine(_root, "httpd.conf"), "-k", "stop"]);
                using var process = Process.GetProcessById(pid);
                if (!process.WaitForExit(TimeSpan.FromSeconds(10)))
                {
                    process.Kill(); // our own instance only: the pid from our PidFile
                }
            }
            catch (ArgumentException)
            {
                // Already gone.
            }
        }

        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
            // A straggling worker may still hold a log; the temp folder is cleaned by the OS in time.
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private async Task WaitForPortAsync(int port)
    {
        for (var i = 0; i < 100; i++)
        {
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, port);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(100);
            }
        }

        var errors = File.Exists(Path.Combine(_root!, "logs", "error.log")) ? File.ReadAllText(Path.Combine(_root!, "logs", "error.log")) : "";
        throw new TimeoutException($"Apache did not listen on port {port} within 10 s. error.log: {errors}");
    }

    private static async Task RunAsync(string file, string[] args, string? stdin = null)
    {
        var info = new ProcessStartInfo(file)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        using var process = Process.Start(info)!;
        if (stdin is not null)
        {
            await process.StandardInput.WriteAsync(stdin);
        }

        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} {string.Join(' ', args)} exited with {process.ExitCode}: {await error}{await output}");
        }
    }
}
