using Google.Protobuf;
using Google.Protobuf.Reflection;
using Grpc.Reflection.V1;

namespace Complaints.Grpc.Reflection;

/// <summary>Answers one <c>grpc.reflection.v1</c> request from the descriptor index. Lookups that fail are answered
/// with an <c>ErrorResponse</c> in the stream, as the protocol asks, not by failing the call.</summary>
internal sealed class ReflectionResponder(DescriptorIndex index)
{
    public ServerReflectionResponse Answer(ServerReflectionRequest request)
    {
        var response = new ServerReflectionResponse { ValidHost = request.Host, OriginalRequest = request };
        switch (request.MessageRequestCase)
        {
            case ServerReflectionRequest.MessageRequestOneofCase.ListServices:
                response.ListServicesResponse = new ListServiceResponse();
                response.ListServicesResponse.Service.AddRange(index.ServiceNames.Select(n => new ServiceResponse { Name = n }));
                break;
            case ServerReflectionRequest.MessageRequestOneofCase.FileByFilename:
                Files(response, index.FindFile(request.FileByFilename), $"File not found: {request.FileByFilename}");
                break;
            case ServerReflectionRequest.MessageRequestOneofCase.FileContainingSymbol:
                Files(response, index.FindFileContainingSymbol(request.FileContainingSymbol),
                    $"Symbol not found: {request.FileContainingSymbol}");
                break;
            case ServerReflectionRequest.MessageRequestOneofCase.FileContainingExtension:
                var extension = request.FileContainingExtension;
                Files(response, index.FindFileContainingExtension(extension.ContainingType, extension.ExtensionNumber),
                    $"Extension not found: {extension.ContainingType} #{extension.ExtensionNumber}");
                break;
            case ServerReflectionRequest.MessageRequestOneofCase.AllExtensionNumbersOfType:
                ExtensionNumbers(response, request.AllExtensionNumbersOfType);
                break;
            default:
                response.ErrorResponse = Error(StatusCode.InvalidArgument, "The reflection request names no known request type.");
                break;
        }
        return response;
    }

    private static void Files(ServerReflectionResponse response, FileDescriptor? file, string notFound)
    {
        if (file is null)
        {
            response.ErrorResponse = Error(StatusCode.NotFound, notFound);
            return;
        }
        response.FileDescriptorResponse = new FileDescriptorResponse();
        response.FileDescriptorResponse.FileDescriptorProto.AddRange(
            DescriptorIndex.WithDependencies(file).Select(f => ByteString.CopyFrom(f.SerializedData.Span)));
    }

    private void ExtensionNumbers(ServerReflectionResponse response, string messageType)
    {
        var numbers = index.FindExtensionNumbers(messageType);
        if (numbers is null)
        {
            response.ErrorResponse = Error(StatusCode.NotFound, $"Type not found: {messageType}");
            return;
        }
        response.AllExtensionNumbersResponse = new ExtensionNumberResponse { BaseTypeName = messageType };
        response.AllExtensionNumbersResponse.ExtensionNumber.AddRange(numbers);
    }

    private static ErrorResponse Error(StatusCode code, string message) => new() { ErrorCode = (int)code, ErrorMessage = message };
}
