using Jindong.Enterprises.Application.Common.Exceptions;
using Jindong.Enterprises.Domain;

namespace Jindong.Enterprises.Application.Common.Behaviors;

/// <summary>Exceptions that mean "the user asked for something we refuse", not a fault.</summary>
public static class ErrorKinds
{
    public static bool IsExpected(Exception exception) => exception
        is InputValidationException
        or NotFoundException
        or ConflictException
        or RuleViolationException
        or ForbiddenException
        or DomainRuleException;
}
