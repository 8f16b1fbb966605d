package vn.toasoan.newsroom;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;
import vn.toasoan.platform.BodyCap;

@Configuration(proxyBeanMethods = false)
class NewsroomLimits {

    /** The newsroom's forms carry the photo desk's photos: up to the multipart limit, and no more. */
    @Bean
    BodyCap newsroomBody(@Value("${spring.servlet.multipart.max-request-size}") DataSize maxRequest) {
        return new BodyCap("/toa-soan/", maxRequest.toBytes());
    }
}
