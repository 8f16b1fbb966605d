package vn.toasoan.platform;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * What one client may ask of the server at once, so that slow or huge requests cannot starve everyone else.
 *
 * @param maxBody the largest body of an endpoint that declares no {@link BodyCap} of its own (default 1 MB)
 * @param maxBodiesPerAddress requests with a body that one address may have in progress at once; more are refused
 *     with 429 at once (default 8). Behind the reference nginx, which buffers bodies, this never binds
 * @param minBodyRate after {@code bodyGrace}, a body that has come slower than this on average is cut off with 408
 *     (default 1 KB a second: a 10 MB attachment over a poor 2G line still passes)
 * @param bodyGrace how long any body may take before its rate is judged (default 10 s)
 */
@ConfigurationProperties("toasoan.requests")
public record RequestLimits(
        @DefaultValue("1MB") DataSize maxBody,
        @DefaultValue("8") int maxBodiesPerAddress,
        @DefaultValue("1KB") DataSize minBodyRate,
        @DefaultValue("10s") Duration bodyGrace) {}
