using System;
using Xunit;

namespace Advocacy.Letters.Tests.Infrastructure;

/// <summary>One check of a value-equality contract, after Noda Time's <c>TestHelper.TestEqualsClass</c>.</summary>
internal static class EqualityAssert
{
    /// <summary>
    /// Asserts that <paramref name="value"/> equals <paramref name="equal"/> (a distinct instance) through
    /// <c>Equals</c>, <c>Equals(object)</c>, <c>==</c>, <c>!=</c> and the hash code, and differs from each of
    /// <paramref name="unequal"/>.
    /// </summary>
    /// <param name="value">The value.</param>
    /// <param name="equal">An equal value, not the same instance.</param>
    /// <param name="equalsOperator">The type's own <c>==</c>, passed as <c>(a, b) =&gt; a == b</c> (generic code cannot call it).</param>
    /// <param name="unequal">Values that must not equal <paramref name="value"/>.</param>
    public static void Holds<T>(T value, T equal, Func<T?, T?, bool> equalsOperator, params T[] unequal)
        where T : class, IEquatable<T>
    {
        Assert.NotSame(value, equal);
        Assert.True(value.Equals(equal));
        Assert.True(equal.Equals(value));
        Assert.True(value.Equals((object)equal));
        Assert.Equal(value.GetHashCode(), equal.GetHashCode());
        Assert.False(value.Equals(null));
        Assert.False(value.Equals((object?)null));
        Assert.True(equalsOperator(value, equal));
        Assert.False(equalsOperator(value, null));
        Assert.False(equalsOperator(null, value));
        Assert.True(equalsOperator(null, null));

        foreach (var other in unequal)
        {
            Assert.False(value.Equals(other), $"expected {value} to differ from {other}");
            Assert.False(other.Equals(value));
            Assert.False(value.Equals((object)other));
            Assert.False(equalsOperator(value, other));
        }
    }
}
