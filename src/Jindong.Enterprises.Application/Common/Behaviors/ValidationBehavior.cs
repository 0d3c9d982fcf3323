using FluentValidation;
using Jindong.Enterprises.Application.Common.Exceptions;
using MediatR;

namespace Jindong.Enterprises.Application.Common.Behaviors;

/// <summary>Runs every validator of the request (and the NUL check every request gets) and refuses it with all messages by field.</summary>
internal sealed class ValidationBehavior<TRequest, TResponse>(IEnumerable<IValidator<TRequest>> validators)
    : IPipelineBehavior<TRequest, TResponse>
{
    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        var failures = new List<FluentValidation.Results.ValidationFailure>();
        foreach (var validator in validators)
        {
            var result = await validator.ValidateAsync(request, cancellationToken);
            failures.AddRange(result.Errors);
        }

        // A field its validator already refused (a name with control characters, say) needs no second message.
        var refused = failures.Select(f => f.PropertyName).ToHashSet(StringComparer.Ordinal);
        failures.AddRange(NulCharacters.Find(request!).Where(nul => !refused.Contains(nul.PropertyName)));
        if (failures.Count > 0)
        {
            throw new InputValidationException(failures
                .GroupBy(f => f.PropertyName, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.Select(f => f.ErrorMessage).Distinct().ToArray(), StringComparer.Ordinal));
        }

        return await next();
    }
}
