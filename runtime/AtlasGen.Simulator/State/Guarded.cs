namespace AtlasGen.Simulator.State;

/// <summary>One immutable record behind a lock (a project's settings, its auditing configuration): read, or replace atomically.</summary>
internal sealed class Guarded<T>
    where T : class
{
    private readonly object _gate = new();
    private T _value;

    public Guarded(T value) => _value = value;

    public T Value
    {
        get
        {
            lock (_gate)
            {
                return _value;
            }
        }
    }

    public T Update(Func<T, T> update)
    {
        lock (_gate)
        {
            _value = update(_value);
            return _value;
        }
    }
}
