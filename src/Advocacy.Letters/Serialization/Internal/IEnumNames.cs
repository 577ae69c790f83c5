namespace Advocacy.Letters.Serialization.Internal;

/// <summary>Lets <see cref="ContractChecks"/> ask an enumeration's converter whether a value has a name.</summary>
internal interface IEnumNames
{
    bool IsDefinedValue(object value);
}
