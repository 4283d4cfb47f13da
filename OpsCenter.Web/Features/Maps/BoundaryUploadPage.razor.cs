using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using OpsCenter.Domain.Areas;
using OpsCenter.Domain.Areas.Boundaries;
using OpsCenter.Web.Shared;
using static OpsCenter.Web.Shared.Bilingual;

namespace OpsCenter.Web.Features.Maps;

/// <summary>The Admin's upload for boundary files: the same reader and importer as the <c>import boundaries</c> verb.</summary>
public partial class BoundaryUploadPage
{
    [CascadingParameter]
    private Task<Microsoft.AspNetCore.Components.Authorization.AuthenticationState>? AuthenticationState { get; set; }

    /// <summary>The all-Thailand tambon file is 8 MB; detailed provincial files stay well under this.</summary>
    private const long MaxBytes = 64L * 1024 * 1024;

    private string level = "";
    private bool busy;
    private string? error;
    private BoundaryImportResult? result;

    [Inject]
    private BoundaryImporter Importer { get; set; } = default!;

    private static string LevelName(AreaLevel areaLevel) => areaLevel switch
    {
        AreaLevel.Province => T("จังหวัด", "province"),
        AreaLevel.District => T("อำเภอ", "district"),
        _ => T("ตำบล", "subdistrict"),
    };

    private async Task ChosenAsync(InputFileChangeEventArgs e)
    {
        (busy, error, result) = (true, null, null);
        StateHasChanged();
        try
        {
            if (e.File.Size > MaxBytes)
            {
                error = T($"ไฟล์ใหญ่เกิน {MaxBytes / 1024 / 1024} MB", $"The file is larger than {MaxBytes / 1024 / 1024} MB");
                return;
            }

            using var buffer = new MemoryStream();
            await using (var upload = e.File.OpenReadStream(MaxBytes))
            {
                await upload.CopyToAsync(buffer);
            }

            buffer.Position = 0;
            var features = BoundaryFileReader.Read(buffer);
            AreaLevel? only = Enum.TryParse<AreaLevel>(level, out var parsed) ? parsed : null;
            var imported = await Importer.ImportAsync(features, await AuthenticationState.ActorAsync(), level: only);
            if (imported.Refused)
            {
                error = T("นำเข้าขอบเขตได้เฉพาะผู้ดูแลระบบ", "Only an administrator may import boundaries");
                return;
            }

            result = imported;
        }
        catch (FormatException ex)
        {
            error = T("อ่านไฟล์ไม่ได้: ต้องเป็น GeoJSON FeatureCollection หรือ TopoJSON Topology", "Cannot read the file: it must be a GeoJSON FeatureCollection or a TopoJSON Topology") + $" ({ex.Message})";
        }
        finally
        {
            busy = false;
        }
    }
}
