using MediatR;

namespace Jindong.Enterprises.Application.Common;

/// <summary>A request that changes state: validated, run in one transaction and audited.</summary>
public interface ICommand<out TResponse> : IRequest<TResponse>, ICommandMarker;

/// <summary>A request that only reads.</summary>
public interface IQuery<out TResponse> : IRequest<TResponse>;

/// <summary>Non-generic marker the pipeline behaviors test for.</summary>
public interface ICommandMarker;
