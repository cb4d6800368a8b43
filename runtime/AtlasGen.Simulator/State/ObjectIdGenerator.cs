using System.Security.Cryptography;
using System.Threading;

namespace AtlasGen.Simulator.State;

/// <summary>
/// Makes 24-hex-digit IDs shaped like MongoDB ObjectIds: 4 bytes of seconds, 5 random bytes per generator and a
/// 3-byte counter, so IDs never repeat within a simulator and rarely across simulators.
/// </summary>
internal sealed class ObjectIdGenerator
{
    private readonly TimeProvider _time;
    private readonly byte[] _random = RandomNumberGenerator.GetBytes(5);
    private int _counter = RandomNumberGenerator.GetInt32(0, 0xFFFFFF);

    public ObjectIdGenerator(TimeProvider time) => _time = time;

    public string Next()
    {
        Span<byte> id = stackalloc byte[12];
        var seconds = (uint)_time.GetUtcNow().ToUnixTimeSeconds();
        var counter = Interlocked.Increment(ref _counter) & 0xFFFFFF;
        id[0] = (byte)(seconds >> 24);
        id[1] = (byte)(seconds >> 16);
        id[2] = (byte)(seconds >> 8);
        id[3] = (byte)seconds;
        _random.CopyTo(id[4..9]);
        id[9] = (byte)(counter >> 16);
        id[10] = (byte)(counter >> 8);
        id[11] = (byte)counter;
        return Convert.ToHexStringLower(id);
    }
}
