namespace AtlasGen.Client.Tests.Operations;

/// <summary>Turns a typed check into the untyped one an <see cref="OperationCase"/> holds.</summary>
internal static class ResultAssert
{
    public static Action<object?> Is<T>(Action<T> check)
        => result => check(Assert.IsAssignableFrom<T>(result));
}
