using Xunit;

namespace Advocacy.Letters.Tests.Infrastructure;

/// <summary>Tests that redirect <see cref="System.Console"/> run one at a time, never beside each other.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ConsoleRedirection
{
    /// <summary>The collection's name.</summary>
    public const string Name = "Console";
}
