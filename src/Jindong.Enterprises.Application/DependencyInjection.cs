using FluentValidation;
using Jindong.Enterprises.Application.Common.Auditing;
using Jindong.Enterprises.Application.Common.Behaviors;
using MediatR;
using Microsoft.Extensions.DependencyInjection;

namespace Jindong.Enterprises.Application;

public static class DependencyInjection
{
    /// <summary>The mediator, every handler and validator of this assembly, and the pipeline: storage errors → logging → authorization → validation → transaction+audit.</summary>
    public static IServiceCollection AddApplication(this IServiceCollection services)
    {
        services.AddScoped<ServiceFactory>(provider => provider.GetService!);
        services.AddScoped<IMediator, Mediator>();
        services.Scan(scan => scan
            .FromAssemblyOf<AuditTrail>()
            .AddClasses(classes => classes.AssignableTo(typeof(IRequestHandler<,>)), publicOnly: false)
            .AsImplementedInterfaces()
            .WithScopedLifetime());
        services.AddValidatorsFromAssemblyContaining<AuditTrail>(ServiceLifetime.Scoped, includeInternalTypes: true);
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(StorageErrorBehavior<,>));
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(LoggingBehavior<,>));
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(AuthorizationBehavior<,>));
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(ValidationBehavior<,>));
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(TransactionBehavior<,>));
        services.AddScoped<AuditTrail>();
        services.AddSingleton<Common.Caching.RegistryCache>();
        services.AddScoped<Plans.PlanTargetWriter>();
        // The sources of a plan evaluation's values, asked in this order (issue 14's designation counts add one here).
        services.AddScoped<Plans.ITargetValueSource, Plans.TierCountValues>();
        services.AddScoped<Plans.ITargetValueSource, Plans.IndicatorValues>();
        services.AddScoped<Plans.ITargetValueSource, Designations.DesignationCountValues>();
        services.AddSingleton<Dashboard.ReferenceDataCache>();
        services.AddSingleton<Users.SessionStamps>();
        services.AddSingleton(TimeProvider.System);
        return services;
    }
}
