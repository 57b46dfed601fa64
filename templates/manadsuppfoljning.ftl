<#ftl output_format="XHTML" strip_whitespace=true>
<#-- Månadsuppföljning av uppdrag: one box per assignment with its four fields.
     Layout only: see MonthlyViewModel. -->
<#import "common/layout.ftl" as l>
<@l.document meta=meta toc=toc>
<@l.opening meta=meta toc=toc intro=intro sections=sections subtitle="Period: ${meta.periodLabel}"/>
<div class="chapter">
<#list boxes as b>
<div class="monthly-box">
<h1 id="${b.anchor}">${b.title}</h1>
<table class="data monthly">

<tbody>
<#list b.fields as f>
<tr><th scope="row" style="width: 24%">${f.label}</th><td class="hyphenate">${f.text}</td></tr>
</#list>
</tbody>
</table>
</div>
</#list>
</div>
</@l.document>
