<?xml version="1.0" encoding="UTF-8"?>
<!-- Shows an RSS feed opened in a browser as a page a reader can use, rather than its XML. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:atom="http://www.w3.org/2005/Atom" xmlns:media="http://search.yahoo.com/mrss/"
                exclude-result-prefixes="atom media">
  <xsl:output method="html" encoding="UTF-8" doctype-system="about:legacy-compat"/>
  <xsl:template match="/rss/channel">
    <html lang="vi">
      <head>
        <meta charset="utf-8"/>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <meta name="robots" content="noindex"/>
        <title><xsl:value-of select="title"/> (RSS)</title>
        <link rel="stylesheet" href="/css/site.css"/>
      </head>
      <body>
        <main id="main">
          <h1 class="page-title"><xsl:value-of select="title"/></h1>
          <p class="feed-note">Đây là nguồn tin RSS. Sao chép địa chỉ
            <code><xsl:value-of select="atom:link[@rel='self']/@href"/></code>
            vào ứng dụng đọc tin để nhận bài mới mỗi khi báo đăng. <a href="/rss">Các nguồn tin của báo</a> ·
            <a href="{link}">Về trang báo</a></p>
          <xsl:for-each select="item">
            <article class="card" lang="vi">
              <xsl:if test="media:content/@url">
                <a class="card__image" href="{link}" tabindex="-1" aria-hidden="true">
                  <img src="{media:content/@url}" alt="" loading="lazy"/>
                </a>
              </xsl:if>
              <div class="card__text">
                <h2 class="card__title"><a href="{link}"><xsl:value-of select="title"/></a></h2>
                <p class="card__meta"><xsl:value-of select="category"/> · <xsl:value-of select="pubDate"/></p>
                <p class="card__sapo"><xsl:value-of select="description"/></p>
              </div>
            </article>
          </xsl:for-each>
        </main>
      </body>
    </html>
  </xsl:template>
</xsl:stylesheet>
