namespace OpsCenter.Tests.Browser.Security;

/// <summary>
/// Stored-XSS vectors (OWASP cheat-sheet families: script tags, event handlers, javascript: URLs, parser
/// confusions, encodings, template syntaxes). Every element a vector would create carries data-xss, and every
/// script it would run calls alert, so a test can tell an inert rendering from a live one.
/// </summary>
public static class HostileInputs
{
    public static readonly IReadOnlyList<string> Vectors =
    [
        "<script>alert(1)</script>",
        "<img src=x onerror=alert(2) data-xss>",
        "<svg onload=alert(3) data-xss>",
        "<iframe src=\"javascript:alert(4)\" data-xss></iframe>",
        "<body onload=alert(5) data-xss>",
        "\"><script>alert(6)</script>",
        "'><img src=x onerror=alert(7) data-xss>",
        "<a href=\"javascript:alert(8)\" data-xss>click</a>",
        "<math><mtext><table><mglyph><style><img src=x onerror=alert(9) data-xss>",
        "<details open ontoggle=alert(10) data-xss>",
        "<input autofocus onfocus=alert(11) data-xss>",
        "<video><source onerror=alert(12) data-xss></video>",
        "<audio src=x onerror=alert(13) data-xss>",
        "<object data=\"javascript:alert(14)\" data-xss></object>",
        "<embed src=\"javascript:alert(15)\" data-xss>",
        "<marquee onstart=alert(16) data-xss>",
        "<div style=\"background:url(javascript:alert(17))\" data-xss>",
        "<style>@import 'javascript:alert(18)';</style>",
        "<link rel=stylesheet href=\"javascript:alert(19)\" data-xss>",
        "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(20)\" data-xss>",
        "<base href=\"javascript:alert(21)//\" data-xss>",
        "<form action=\"javascript:alert(22)\" data-xss><button>x</button></form>",
        "<isindex type=image src=1 onerror=alert(23) data-xss>",
        "<img src=\"x:x\" onerror=\"alert(24)\" data-xss/>",
        "<IMG SRC=JaVaScRiPt:alert(25) data-xss>",
        "<img src=`x` onerror=alert(26) data-xss>",
        "<scr<script>ipt>alert(27)</scr</script>ipt>",
        "%3Cscript%3Ealert(28)%3C/script%3E",
        "&lt;script&gt;alert(29)&lt;/script&gt;",
        "\\u003cscript\\u003ealert(30)\\u003c/script\\u003e",
        "<svg><script>alert(31)</script></svg>",
        "<svg><animate onbegin=alert(32) attributeName=x dur=1s data-xss>",
        "<a href=\"&#106;avascript:alert(33)\" data-xss>x</a>",
        "<a href=\"jav&#x09;ascript:alert(34)\" data-xss>x</a>",
        "<img src=x onerror=&#97;lert(35) data-xss>",
        "{{constructor.constructor('alert(36)')()}}",
        "${alert(37)}",
        "@(alert(38))",
        "<template><img src=x onerror=alert(39) data-xss></template>",
        "<noscript><p title=\"</noscript><img src=x onerror=alert(40) data-xss>\">",
        "<textarea><img src=x onerror=alert(41) data-xss></textarea>",
        "<title><img src=x onerror=alert(42) data-xss></title>",
        "<!--<img src=x onerror=alert(43) data-xss>-->",
        "<![CDATA[<img src=x onerror=alert(44) data-xss>]]>",
        "<select onfocus=alert(45) autofocus data-xss>",
        "<keygen autofocus onfocus=alert(46) data-xss>",
        "<button formaction=\"javascript:alert(47)\" data-xss>x</button>",
        "<svg><a xlink:href=\"javascript:alert(48)\" data-xss><text x=20 y=20>x</text></a></svg>",
        "<img srcset=\"x\" onerror=alert(49) data-xss>",
        "<picture><source srcset=x><img src=x onerror=alert(50) data-xss></picture>",
        "javascript:alert(51)",
        "data:text/html,<script>alert(52)</script>",
        "<div onmouseover=alert(53) data-xss style=\"position:fixed;inset:0\">hover</div>",
        "<plaintext data-xss>",
        "\"onmouseover=\"alert(55)\" x=\"",
        "';alert(56);//",
        "</script><script>alert(57)</script>",
        "<x contenteditable onblur=alert(58) data-xss>lose focus",
        "ถนนชำรุด <img src=x onerror=alert(59) data-xss> หน้าวัด",
        "\u202e<img src=x onerror=alert(60) data-xss>",
    ];

    /// <summary>Elements, handlers, javascript: URLs or scripts a vector managed to put into the live DOM.</summary>
    public const string FindInjectedScript = """
        () => {
          const found = [];
          for (const el of document.querySelectorAll('*')) {
            if (el.hasAttribute('data-xss')) found.push(el.outerHTML.slice(0, 80));
            for (const a of el.attributes) {
              if (/^on/i.test(a.name) && /alert\(/.test(a.value)) found.push(el.tagName + ' ' + a.name);
              if (/^(href|src|action|formaction|data|xlink:href)$/i.test(a.name) && /^\s*javascript:/i.test(a.value)) found.push(el.tagName + ' ' + a.name);
            }
            if (el.tagName === 'SCRIPT' && /alert\(/.test(el.textContent)) found.push('script ' + el.textContent.slice(0, 40));
          }
          return found.concat(window.__cspViolations || []);
        }
        """;
}
