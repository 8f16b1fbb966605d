package vn.toasoan.articles;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI description's front matter, served at {@code /api/v1/openapi} and read at {@code /api/v1/docs}. */
@Configuration(proxyBeanMethods = false)
@OpenAPIDefinition(
        info =
                @Info(
                        title = "Tòa Soạn API",
                        version = "v1",
                        description =
                                "Articles, previews, the front page, comments and search for integrations and scripts. A personal API token"
                                        + " (Authorization: Bearer tsk_…), made by each account in the newsroom at"
                                        + " /toa-soan/ma-api, or HTTP Basic with a newsroom account's e-mail and password;"
                                        + " errors are RFC 9457 problem details with a Vietnamese detail. Failed password"
                                        + " logins are throttled like the login form."))
@SecurityScheme(
        name = "bearer",
        type = SecuritySchemeType.HTTP,
        scheme = "bearer",
        description = "A personal API token, within its account's role and its scopes: read (GET),"
                + " articles:write (create, change and move articles), comments:moderate (list, approve and reject"
                + " comments). A 401 answers with WWW-Authenticate: Bearer realm=\"toasoan\".")
@SecurityScheme(name = "basic", type = SecuritySchemeType.HTTP, scheme = "basic")
class ApiDocumentation {}
