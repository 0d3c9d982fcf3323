using Jindong.Enterprises.Domain.Enterprises;

namespace Jindong.Enterprises.Testing;

/// <summary>Valid unified social credit codes (GB 32100) of Jindong (330703), one per serial number.</summary>
public static class TestCreditCodes
{
    public static string For(int serial)
    {
        var body = serial.ToString("D8", System.Globalization.CultureInfo.InvariantCulture);
        var first17 = "91330703" + body + UnifiedSocialCreditCode.OrganizationCheckCharacter(body);
        return first17 + UnifiedSocialCreditCode.CheckCharacter(first17);
    }
}
