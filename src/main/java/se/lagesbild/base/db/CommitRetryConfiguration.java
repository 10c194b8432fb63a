package se.lagesbild.base.db;

import org.aopalliance.intercept.MethodInterceptor;
import org.springframework.aop.framework.AbstractAdvisingBeanPostProcessor;
import org.springframework.aop.support.ComposablePointcut;
import org.springframework.aop.support.DefaultPointcutAdvisor;
import org.springframework.aop.support.annotation.AnnotationMatchingPointcut;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every transaction of the application is retried on a conflict ({@link CommitRetry}): the
 * {@code @Transactional} methods, through an advice placed outside the transaction's, and the
 * {@link TransactionTemplate} the services use.
 */
@Configuration(proxyBeanMethods = false)
class CommitRetryConfiguration {

    @Bean
    static AbstractAdvisingBeanPostProcessor commitRetryPostProcessor() {
        return new RetryPostProcessor();
    }

    @Bean
    @Primary
    TransactionTemplate transactionTemplate(PlatformTransactionManager transactionManager) {
        return new RetryingTransactionTemplate(transactionManager);
    }

    /** Adds the retry before the transaction advice of every bean with {@code @Transactional} methods. */
    static final class RetryPostProcessor extends AbstractAdvisingBeanPostProcessor {
        RetryPostProcessor() {
            ComposablePointcut transactional = new ComposablePointcut(
                            new AnnotationMatchingPointcut(Transactional.class, true))
                    .union(AnnotationMatchingPointcut.forMethodAnnotation(Transactional.class));
            MethodInterceptor retry = invocation -> CommitRetry.run(() -> {
                try {
                    return invocation.proceed();
                } catch (RuntimeException | Error e) {
                    throw e;
                } catch (Throwable e) {
                    throw new CheckedFailure(e);
                }
            });
            this.advisor = new DefaultPointcutAdvisor(transactional, retry);
            setBeforeExistingAdvisors(true);
        }
    }

    /** A transaction template whose transactions are retried on a conflict. */
    static final class RetryingTransactionTemplate extends TransactionTemplate {
        RetryingTransactionTemplate(PlatformTransactionManager transactionManager) {
            super(transactionManager);
        }

        @Override
        public <T> T execute(TransactionCallback<T> action) throws TransactionException {
            return CommitRetry.run(() -> super.execute(action));
        }
    }

    /** A checked exception through the retry's supplier (no service method declares one today). */
    static final class CheckedFailure extends RuntimeException {
        CheckedFailure(Throwable cause) {
            super(cause);
        }
    }
}
