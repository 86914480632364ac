package io.charterline.change;

import static io.charterline.change.WithdrawChangeRequestVariables.*;

import io.charterline.platform.process.AsStarter;
import io.charterline.platform.process.FormLabels;
import io.charterline.platform.process.FormValues;
import io.charterline.platform.web.ConflictException;
import io.charterline.platform.web.InvalidField;
import io.charterline.platform.web.InvalidInputException;
import io.charterline.platform.web.InvalidVariablesException;
import io.charterline.platform.web.NotFoundException;
import java.util.List;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Withdraws the change of Tasklist's "Withdraw a change request" start form as
 * {@code POST /api/change-requests/{id}/withdrawal} does, through the same service and its rules, as the user who
 * starts the process. A change that is unknown, decided already or not the starter's to withdraw is a refusal the
 * model answers ({@value WithdrawChangeRequestVariables#ERROR_WITHDRAWAL_REFUSED}, with the API's reason); a missing
 * id or reason refuses the start, naming the field by the form's label.
 */
@Component
public class WithdrawChangeRequestDelegate implements JavaDelegate {

    private static final Pattern CHANGE_REQUEST_KEY = Pattern.compile("CR-\\d{4}-\\d{4,}");

    private final ChangeWithdrawals withdrawals;
    private final IdentityService identityService;
    private final FormLabels formLabels;

    public WithdrawChangeRequestDelegate(ChangeWithdrawals withdrawals, IdentityService identityService,
                                         FormLabels formLabels) {
        this.withdrawals = withdrawals;
        this.identityService = identityService;
        this.formLabels = formLabels;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var starter = identityService.getCurrentAuthentication();
        if (starter == null || starter.getUserId() == null) {
            throw new AuthorizationException("Withdraw a change request withdraws as the signed-in user who starts "
                    + "it; this start has no user");
        }
        String changeRequestId = changeRequestId(execution);
        execution.setProcessBusinessKey(changeRequestId);
        WithdrawalRequest request = new WithdrawalRequest(FormValues.text(execution.getVariables(), REASON));
        List<String> groups = starter.getGroupIds() == null ? List.of() : starter.getGroupIds();
        try {
            AsStarter.call(starter.getUserId(), groups, () -> {
                withdrawals.withdraw(changeRequestId, request, starter.getUserId());
                return null;
            });
        } catch (NotFoundException | AccessDeniedException | ConflictException refused) {
            throw new BpmnError(ERROR_WITHDRAWAL_REFUSED, refused.getMessage());
        } catch (InvalidInputException invalid) {
            throw new InvalidVariablesException("withdrawal", invalid.fields(),
                    formLabels.ofStartForm(execution.getProcessDefinitionId()));
        }
    }

    /** A well-formed id, so that a refusal that names it shows nothing but an id. */
    private String changeRequestId(DelegateExecution execution) {
        String id = FormValues.text(execution.getVariables(), CHANGE_REQUEST_ID);
        String stripped = id == null ? "" : id.strip();
        if (!CHANGE_REQUEST_KEY.matcher(stripped).matches()) {
            throw new InvalidVariablesException("withdrawal", List.of(new InvalidField(CHANGE_REQUEST_ID,
                    stripped.isEmpty() ? "is required: the id of the change request, such as CR-2026-0004"
                            : "must be the id of a change request, such as CR-2026-0004, got '" + stripped + "'")),
                    formLabels.ofStartForm(execution.getProcessDefinitionId()));
        }
        return stripped;
    }
}
