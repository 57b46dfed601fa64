<#ftl output_format="XHTML" strip_whitespace=true>
<#-- Shared building blocks of tertial's report templates: document shell, page header,
     symbols, table of contents, legend. Import with <#import "common/layout.ftl" as l>.
     Everything printed comes from the view model; ${...} is escaped, SafeHtml is not. -->

<#-- The XHTML document: metadata, bookmarks (PDF), styles, running page header. -->
<#macro document meta toc>
<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" lang="sv-SE" xml:lang="sv-SE">
<head>
<meta charset="UTF-8" />
<title>${meta.title}</title>
<meta name="subject" content="${meta.description}" />
<meta name="description" content="${meta.description}" />
<meta name="author" content="${meta.author}" />
<meta name="generator" content="tertial" />
<#if meta.paged>
<bookmarks>
<#list toc as e>
<bookmark name="${e.title}" href="#${e.anchor}"><#list e.children as c><bookmark name="${c.title}" href="#${c.anchor}"><#list c.children as g><bookmark name="${g.title}" href="#${g.anchor}"/></#list></bookmark></#list></bookmark>
</#list>
</bookmarks>
</#if>
<style>
<#include "tema.css" parse=false>
<#include "base.css" parse=false>
<#include "symbols.css" parse=false>
<#if meta.paged>
<#include "paged.css" parse=false>
<#if meta.landscape>@page { size: A4 landscape; }</#if>
<#else>
<#include "screen.css" parse=false>
</#if>
</style>
</head>
<body>
<@pageHeader meta=meta/>
<#nested>
</body>
</html>
</#macro>

<#-- The document metadata table repeated at the top of every page (a running element in PDF). -->
<#macro pageHeader meta>
<#-- Only the fields the workbook fills: an empty one is left out, never a bare label. -->
<#local fields = []>
<#if meta.organisation?has_content><#local fields += [{"label": "GÄLLER FÖR VERKSAMHET", "value": meta.organisation}]></#if>
<#if meta.documentId?has_content><#local fields += [{"label": "DOKUMENT-ID", "value": meta.documentId}]></#if>
<#if meta.version?has_content><#local fields += [{"label": "VERSION", "value": meta.version}]></#if>
<#if meta.publicationDate?has_content><#local fields += [{"label": "PUBLICERINGSDATUM", "value": meta.publicationDate}]></#if>
<#if meta.responsible?has_content><#local fields += [{"label": "ANSVARIG", "value": meta.responsible}]></#if>
<#if meta.preparedBy?has_content><#local fields += [{"label": "UPPRÄTTAD AV", "value": meta.preparedBy}]></#if>
<div class="page-header">
<#if fields?has_content>
<table role="presentation">
<#list fields?chunk(3) as row>
<tr><#list row as f><td class="label">${f.label}</td></#list></tr>
<tr><#list row as f><td>${f.value}</td></#list></tr>
</#list>
</table>
</#if>
</div>
</#macro>

<#-- The title page: logo, organisation, unit, title and a line under it (the period). -->
<#macro titlePage meta subtitle>
<div class="title-page">
<#if meta.hasLogo><div class="logo"><img src="${meta.logoDataUri}" alt="${meta.logoAlt}" /></div></#if>
<p class="organisation">${meta.organisation}</p>
<p class="unit">${meta.unit}</p>
<h1 class="doc-title">${meta.title}</h1>
<p class="period">${subtitle}</p>
</div>
</#macro>

<#-- Title page, then the table of contents on a page of its own, then the optional introduction
     and the sections of their own (Texter rows without a place in the kind, e.g. Sammanfattning). -->
<#macro opening meta toc intro subtitle sections=[]>
<@titlePage meta=meta subtitle=subtitle/>
<div class="chapter">
<@tableOfContents toc=toc/>
</div>
<#if intro.present>
<div class="chapter"><@textSection section=intro/></div>
</#if>
<#list sections as s>
<div class="chapter"><@textSection section=s/></div>
</#list>
</#macro>

<#-- A symbol: shape (glyph of the embedded font), colour (its class, symbols.css) and its text,
     never colour alone. The glyph is an inline block joined to its label by a no-break space, so
     it always starts the line of its label (a dash glyph would otherwise allow a break after it). -->
<#macro symbol s prefix="">
<span class="sym-line"><#if prefix?has_content>${prefix}:&#160;</#if><span class="sym ${s.cssClass}">${s.glyph}</span>&#160;<span class="sym-label">${s.label}</span></span>
</#macro>

<#-- Table of contents; the PDF adds page numbers with target-counter in paged.css. -->
<#macro tableOfContents toc>
<h1 id="innehall">Innehåll</h1>
<ul class="toc">
<#list toc as e>
<li class="toc-1"><a href="#${e.anchor}" title="${e.title}">${e.title}</a></li>
<#list e.children as c>
<li class="toc-2"><a href="#${c.anchor}" title="${c.title}">${c.title}</a></li>
<#list c.children as g>
<li class="toc-3"><a href="#${g.anchor}" title="${g.title}">${g.title}</a></li>
</#list>
</#list>
</#list>
</ul>
</#macro>

<#-- A free text section with its heading. -->
<#macro textSection section level=1>
<#if section.present>
<div class="text-section">
<#if level == 1><h1 id="${section.anchor}">${section.heading}</h1><#else><h2 id="${section.anchor}">${section.heading}</h2></#if>
<div class="hyphenate">${section.body}</div>
</div>
</#if>
</#macro>

<#-- "Teckenförklaring": every judgement, trend and status symbol with its meaning. -->
<#macro legend legend>
<div class="legend-block">
<h1 id="${legend.anchor}">Teckenförklaring</h1>
<h2>Måluppfyllelse</h2>
<ul class="legend-list"><#list legend.judgements as s><li><@symbol s=s/></li></#list><#if (legend.notDue)??><li><@symbol s=legend.notDue.symbol/></li></#if></ul>
<#if legend.tolerance?has_content><p>${legend.tolerance}</p></#if>
<#if (legend.notDue)??><p>${legend.notDue.note}</p></#if>
<h2>${legend.trendHeading!"Utveckling jämfört med samma period föregående år"}</h2>
<ul class="legend-list"><#list legend.trends as s><li><@symbol s=s/></li></#list></ul>
<#if (legend.trendNote)?has_content><p>${legend.trendNote}</p></#if>
<h2>Status för åtgärder</h2>
<ul class="legend-list"><#list legend.statuses as s><li><@symbol s=s/></li></#list></ul>
<p>Där måttet bedöms per kön visas bedömningen för kvinnor (K) och män (M) var för sig.</p>
</div>
</#macro>
